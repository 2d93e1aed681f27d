package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * sameboat views: the views the workbench's Views menu will offer, read headless from the e4 model fragments of
 * the installed bundles (manifest header {@code Model-Fragment}, or the {@code org.eclipse.e4.workbench.model}
 * extension point): every part descriptor tagged {@code View}. It answers "did my plugin install?" without a
 * display.
 */
public final class ViewsVerb implements Verb {

    static final String VIEW_TAG = "View";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final String DESCRIPTOR_NS = "http://www.eclipse.org/ui/2010/UIModel/application/descriptor/basic";

    /** One view descriptor and the bundle whose fragment contributes it. */
    record View(String id, String label, String bundle) {
    }

    @Override
    public String name() {
        return "views";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String summary() {
        return "list the views installed plugins offer in the workbench's Views menu (id, label, bundle)";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        arguments.expectAtMost(0);
        Bundle self = FrameworkUtil.getBundle(ViewsVerb.class);
        if (self == null || self.getBundleContext() == null) {
            throw CliException.failure("views reads the installed bundles, so it runs only inside Sameboat (./sameboat views)");
        }
        List<View> views = new ArrayList<>();
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String header = bundle.getHeaders("").get("Model-Fragment");
            if (header != null && (bundle.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0) {
                read(bundle, header.split(";")[0].strip(), views, console);
            }
        }
        if (Platform.getExtensionRegistry() != null) {
            for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.e4.workbench.model")) {
                Bundle bundle = Platform.getBundle(element.getContributor().getName());
                if ("fragment".equals(element.getName()) && element.getAttribute("uri") != null && bundle != null) {
                    read(bundle, element.getAttribute("uri"), views, console);
                }
            }
        }
        views.stream().distinct().sorted(Comparator.comparing(View::id))
                .forEach(view -> console.out().println(view.id() + "\t" + view.label() + "\t" + view.bundle()));
        if (views.isEmpty()) {
            console.err().println("sameboat views: no installed plugin offers a view");
        }
        console.out().flush();
        return 0;
    }

    /** A broken fragment in one plugin is that plugin's problem: say so and go on with the others. */
    private static void read(Bundle bundle, String path, List<View> into, Console console) {
        URL entry = bundle.getEntry(path.startsWith("/") ? path : "/" + path);
        if (entry == null) {
            console.err().println("sameboat views: " + bundle.getSymbolicName() + " names the model fragment " + path + ", which it does not contain");
            return;
        }
        try (InputStream in = entry.openStream()) {
            into.addAll(parse(in, bundle.getSymbolicName()));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            console.err().println("sameboat views: cannot read " + path + " of " + bundle.getSymbolicName() + ": " + e.getMessage());
        }
    }

    /** The part descriptors tagged View in an e4xmi document, wherever they sit in it. */
    static List<View> parse(InputStream e4xmi, String bundle) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // a plugin's file is not trusted to pull in other files
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        NodeList elements = factory.newDocumentBuilder().parse(e4xmi).getElementsByTagName("*");
        List<View> views = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (isPartDescriptor(element) && tags(element).contains(VIEW_TAG)) {
                views.add(new View(element.getAttribute("elementId"), element.getAttribute("label"), bundle));
            }
        }
        return views;
    }

    private static boolean isPartDescriptor(Element element) {
        String type = element.getAttributeNS(XSI, "type");
        int colon = type.indexOf(':');
        if (colon < 0) {
            return false;
        }
        return type.substring(colon + 1).equals("PartDescriptor") && DESCRIPTOR_NS.equals(element.lookupNamespaceURI(type.substring(0, colon)));
    }

    /** XMI writes a many-valued string as child elements; accept the attribute form too. */
    private static List<String> tags(Element element) {
        List<String> tags = new ArrayList<>(List.of(element.getAttribute("tags").split("\\s+")));
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element tag && tag.getLocalName().equals("tags")) {
                tags.add(tag.getTextContent().strip());
            }
        }
        return tags;
    }
}
