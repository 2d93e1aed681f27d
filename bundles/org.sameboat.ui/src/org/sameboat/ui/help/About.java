package org.sameboat.ui.help;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.sameboat.ui.parts.ViewsMenu;

/** Help > About: the versions that matter when reporting a problem, the views installed and every bundle running. */
public final class About {

    /** One installed bundle. */
    public record Plugin(String name, String symbolicName, String version, String state) {
    }

    private final List<Bundle> bundles;

    public About(BundleContext context) {
        this.bundles = Arrays.asList(context.getBundles());
    }

    /** From the bundle of the workbench itself. */
    public static About running() {
        return new About(FrameworkUtil.getBundle(About.class).getBundleContext());
    }

    /** Lines: Sameboat, Java, Eclipse platform, EMF, Lucene, CommonMark, then the views installed. */
    public List<String> versions(MApplication application) {
        List<String> views = ViewsMenu.views(application).stream().map(d -> d.getLabel() + " (" + bundleOf(d.getContributionURI()) + ")").toList();
        return List.of(
                "Sameboat " + version("org.sameboat.ui"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor", "") + ")",
                "Eclipse platform: workbench " + version("org.eclipse.e4.ui.workbench") + ", SWT " + version("org.eclipse.swt") + ", OSGi "
                        + version("org.eclipse.osgi"),
                "EMF " + version("org.eclipse.emf.ecore"),
                "Lucene " + version("wrapped.org.apache.lucene.lucene-core"),
                "CommonMark " + version("wrapped.org.commonmark.commonmark"),
                "Views: " + (views.isEmpty() ? "none" : String.join(", ", views)));
    }

    public List<Plugin> plugins() {
        return bundles.stream().filter(b -> b.getBundleId() != 0)
                .map(b -> new Plugin(Optional.ofNullable(b.getHeaders().get("Bundle-Name")).orElse(b.getSymbolicName()), b.getSymbolicName(),
                        b.getVersion().toString(), state(b.getState())))
                .sorted(Comparator.comparing(Plugin::symbolicName)).toList();
    }

    private String version(String symbolicName) {
        return bundles.stream().filter(b -> symbolicName.equals(b.getSymbolicName())).map(b -> b.getVersion().toString()).findFirst()
                .orElse("(not installed)");
    }

    private static String bundleOf(String contributionUri) {
        if (contributionUri == null || !contributionUri.startsWith("bundleclass://")) {
            return "?";
        }
        String rest = contributionUri.substring("bundleclass://".length());
        return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.INSTALLED -> "installed (not resolved)";
            default -> "stopping";
        };
    }
}
