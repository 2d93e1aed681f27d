package org.sameboat.interop.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading REFI elements by local name. Exporters differ in how they declare the namespace (some omit it), so
 * elements are matched by local name only; the structure is checked by what we read, not by the schema.
 */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(name(e))) {
                found.add(e);
            }
        }
        return found;
    }

    /** Children of the first child called wrapper, e.g. the Code elements of Codes. */
    static List<Element> grandchildren(Element parent, String wrapper, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element w : children(parent, wrapper)) {
            found.addAll(children(w, localName));
        }
        return found;
    }

    static Optional<Element> child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Text of the first child with that name, if it has any. */
    static Optional<String> childText(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextContent).filter(t -> !t.isEmpty());
    }

    /** An attribute's value; absent when missing or blank. */
    static Optional<String> attr(Element element, String name) {
        String value = element.getAttribute(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }
}
