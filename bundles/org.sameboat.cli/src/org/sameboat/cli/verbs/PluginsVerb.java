package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.io.file.PathUtils;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;

/**
 * sameboat plugins list | install REPO IU | uninstall IU: lists, installs and removes plugins of this Sameboat
 * install with the p2 director, from a p2 repository (a folder, a zipped repository or a URL).
 * <p>
 * The director runs in a second Java process started from this install's own launcher with a throwaway
 * configuration area. So it changes the install on disk (plugins folder, p2 profile, bundles.info) without touching
 * the framework this verb runs in, and a failed operation cannot leave this process half-updated. Changes take
 * effect at the next start of Sameboat, workbench or command line.
 */
public final class PluginsVerb implements Verb {

    private static final String DIRECTOR = "org.eclipse.equinox.p2.director";

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String synopsis() {
        return "list | install REPO IU[,IU] | uninstall IU[,IU]";
    }

    @Override
    public String summary() {
        return "list, install or uninstall plugins (p2 installable units, e.g. FEATURE.feature.group) of this install";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String action = arguments.positional(0, "what to do: list, install or uninstall");
        List<String> director = new ArrayList<>();
        switch (action) {
            case "list" -> {
                arguments.expectAtMost(1);
                director.add("-listInstalledRoots");
            }
            case "install" -> {
                arguments.expectAtMost(3);
                director.addAll(List.of("-repository", repository(arguments.positional(1, "the repository REPO (folder, zip or URL)"))));
                director.addAll(List.of("-installIU", arguments.positional(2, "the installable unit IU, e.g. org.sameboat.example.view.feature.feature.group")));
            }
            case "uninstall" -> {
                arguments.expectAtMost(2);
                director.addAll(List.of("-uninstallIU", arguments.positional(1, "the installable unit IU to uninstall")));
            }
            default -> throw CliException.usage("unknown action '" + action + "'; usage: sameboat plugins " + synopsis());
        }
        int exit = runDirector(director, console);
        if (exit != 0) {
            throw CliException.failure("the p2 director could not " + action + " (exit code " + exit + "); its messages are above");
        }
        if (!action.equals("list")) {
            console.out().println("Done; the change takes effect the next time Sameboat starts.");
        }
        console.out().flush();
        return 0;
    }

    /** A folder or zip file becomes a URI the director reads; anything with a scheme is taken as a URL. */
    private static String repository(String given) throws CliException {
        if (given.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            try {
                return new URI(given).toString();
            } catch (URISyntaxException e) {
                throw CliException.usage("'" + given + "' is not a valid repository URL: " + e.getReason());
            }
        }
        Path path = Path.of(given).toAbsolutePath().normalize();
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
            return "jar:" + path.toUri() + "!/";
        }
        if (!Files.isDirectory(path)) {
            throw CliException.usage("no repository at " + path + "; give a p2 repository folder (with content.xml or content.jar), a zip of one, or a URL");
        }
        return path.toUri().toString();
    }

    private static int runDirector(List<String> directorArguments, Console console) throws CliException {
        Path install = install();
        String profile = property("eclipse.p2.profile").orElseThrow(
                () -> CliException.failure("this Sameboat install has no p2 profile (eclipse.p2.profile), so plugins cannot be managed; use the product built by ./mvnw verify"));
        Path launcher = launcher(install);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path configuration;
        try {
            configuration = Files.createTempDirectory("sameboat-p2-");
        } catch (IOException e) {
            throw CliException.failure("cannot create a temporary folder for the p2 director: " + e.getMessage());
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", launcher.toString(), "-nosplash",
                "-configuration", configuration.toString(), "-data", "@none", "-application", DIRECTOR,
                "-destination", install.toString(), "-profile", profile));
        command.addAll(directorArguments);
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            try (InputStream output = process.getInputStream()) {
                // the director's own messages are what the user needs to see on failure: pass them through
                console.out().print(new String(output.readAllBytes(), StandardCharsets.UTF_8));
            }
            exit = process.waitFor();
        } catch (IOException e) {
            throw CliException.failure("cannot start the p2 director with " + java + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure("interrupted while the p2 director was running");
        }
        // on failure the director names a log file in its configuration area: keep it for the user to read
        if (exit == 0) {
            delete(configuration);
        }
        return exit;
    }

    /** The install folder this framework runs from; the director changes it in place. */
    private static Path install() throws CliException {
        String area = property("osgi.install.area").orElseThrow(() -> CliException.failure("the install folder is unknown (osgi.install.area is not set)"));
        try {
            return Path.of(new URI(area.replace(" ", "%20"))).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw CliException.failure("the install folder '" + area + "' is not a local folder: " + e.getMessage());
        }
    }

    private static Path launcher(Path install) throws CliException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(install.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar")) {
            List<Path> found = new ArrayList<>();
            jars.forEach(found::add);
            return found.stream().max(Comparator.comparing(Path::toString)).orElseThrow(
                    () -> CliException.failure("no org.eclipse.equinox.launcher jar in " + install.resolve("plugins")));
        } catch (IOException e) {
            throw CliException.failure("cannot read " + install.resolve("plugins") + ": " + e.getMessage());
        }
    }

    /** Framework properties include config.ini's, which is where the product records its p2 profile. */
    private static Optional<String> property(String key) {
        var bundle = FrameworkUtil.getBundle(PluginsVerb.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        String value = context != null ? context.getProperty(key) : System.getProperty(key);
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static void delete(Path folder) {
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            // a leftover temporary configuration area is harmless; the operation's result is what matters
        }
    }
}
