package org.sameboat.analysis.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Network} as GraphML (yEd, Gephi, igraph, networkx) or GEXF 1.2 (Gephi, networkx; the version
 * every GEXF reader takes, and the one whose published schema the tests validate against), with StAX. Both carry
 * the same attributes: per node its name, role, turns, words, degrees and betweenness; per edge its turns (also
 * as the edge's weight) and one count per code. Node ids are the participants' model ids (and {@code group}),
 * so files written from one project line up across sessions.
 */
public final class NetworkXml {

    public static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    public static final String GEXF_NS = "http://www.gexf.net/1.2draft";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private NetworkXml() {
    }

    /** A node attribute: its name in the file, GraphML type, GEXF type. */
    private record Attribute(String name, String graphml, String gexf) {
    }

    private static final List<Attribute> NODE_ATTRIBUTES = List.of(new Attribute("role", "string", "string"),
            new Attribute("turns", "long", "long"), new Attribute("words", "long", "long"),
            new Attribute("inDegree", "int", "integer"), new Attribute("outDegree", "int", "integer"),
            new Attribute("weightedInDegree", "long", "long"), new Attribute("weightedOutDegree", "long", "long"),
            new Attribute("betweenness", "double", "double"));

    private static List<String> values(NetworkNode node) {
        return List.of(node.role(), Long.toString(node.turns()), Long.toString(node.words()), Integer.toString(node.inDegree()),
                Integer.toString(node.outDegree()), Long.toString(node.weightedInDegree()),
                Long.toString(node.weightedOutDegree()), number(node.betweenness()));
    }

    /** The codes that occur on any edge, in the order the edges list them (codebook order). */
    private static List<String> codes(Network network) {
        Set<String> codes = new LinkedHashSet<>();
        network.edges().forEach(e -> codes.addAll(e.codings().keySet()));
        return List.copyOf(codes);
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%s", value) : "0";
    }

    private static XMLStreamWriter open(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            return xml;
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Writes GraphML 1.0: keys for every attribute, then one directed graph. */
    public static void writeGraphMl(Network network, OutputStream out) throws IOException {
        XMLStreamWriter xml = open(out);
        try {
            List<String> codes = codes(network);
            xml.setDefaultNamespace(GRAPHML_NS);
            xml.writeStartElement(GRAPHML_NS, "graphml");
            xml.writeDefaultNamespace(GRAPHML_NS);
            xml.writeNamespace("xsi", XSI_NS);
            xml.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(xml, "label", "node", "label", "string");
            for (Attribute a : NODE_ATTRIBUTES) {
                key(xml, a.name(), "node", a.name(), a.graphml());
            }
            key(xml, "weight", "edge", "weight", "double");
            // key ids are one namespace for nodes and edges: the edge's turns need an id of their own
            key(xml, "edgeTurns", "edge", "turns", "long");
            Set<String> taken = new java.util.HashSet<>();
            for (int c = 0; c < codes.size(); c++) {
                // attr.name is an NMTOKEN in the GraphML schema: no spaces or slashes; the code's path goes in desc
                String name = nmtoken(codes.get(c));
                while (!taken.add(name)) {
                    name = name + "_";
                }
                xml.writeStartElement(GRAPHML_NS, "key");
                xml.writeAttribute("id", "code" + c);
                xml.writeAttribute("for", "edge");
                xml.writeAttribute("attr.name", name);
                xml.writeAttribute("attr.type", "long");
                xml.writeStartElement(GRAPHML_NS, "desc");
                xml.writeCharacters(codes.get(c));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeStartElement(GRAPHML_NS, "graph");
            xml.writeAttribute("id", "interaction");
            xml.writeAttribute("edgedefault", "directed");
            for (NetworkNode node : network.nodes()) {
                xml.writeStartElement(GRAPHML_NS, "node");
                xml.writeAttribute("id", node.id());
                data(xml, "label", node.name());
                List<String> values = values(node);
                for (int a = 0; a < NODE_ATTRIBUTES.size(); a++) {
                    data(xml, NODE_ATTRIBUTES.get(a).name(), values.get(a));
                }
                xml.writeEndElement();
            }
            int id = 0;
            for (NetworkEdge edge : network.edges()) {
                xml.writeStartElement(GRAPHML_NS, "edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", network.nodes().get(edge.from()).id());
                xml.writeAttribute("target", network.nodes().get(edge.to()).id());
                data(xml, "weight", Long.toString(edge.turns()));
                data(xml, "edgeTurns", Long.toString(edge.turns()));
                for (int c = 0; c < codes.size(); c++) {
                    Long count = edge.codings().get(codes.get(c));
                    if (count != null) {
                        data(xml, "code" + c, Long.toString(count));
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            close(xml);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** A name made an XML NMTOKEN: every character other than letters, digits, '.', '-', '_' and ':' becomes '_'. */
    static String nmtoken(String name) {
        String token = name.replaceAll("[^\\p{L}\\p{N}._:-]", "_");
        return token.isEmpty() ? "_" : token;
    }

    private static void key(XMLStreamWriter xml, String id, String scope, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement(GRAPHML_NS, "key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", scope);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement(GRAPHML_NS, "data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Writes GEXF 1.2: node and edge attributes declared, then nodes and directed edges weighted by turns. */
    public static void writeGexf(Network network, OutputStream out) throws IOException {
        XMLStreamWriter xml = open(out);
        try {
            List<String> codes = codes(network);
            xml.setDefaultNamespace(GEXF_NS);
            xml.writeStartElement(GEXF_NS, "gexf");
            xml.writeDefaultNamespace(GEXF_NS);
            xml.writeNamespace("xsi", XSI_NS);
            xml.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " http://www.gexf.net/1.2draft/gexf.xsd");
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement(GEXF_NS, "meta");
            xml.writeStartElement(GEXF_NS, "creator");
            xml.writeCharacters("Sameboat");
            xml.writeEndElement();
            xml.writeStartElement(GEXF_NS, "description");
            xml.writeCharacters("Who talks to whom: participants, and turns and codings from speaker to addressee");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(GEXF_NS, "graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            xml.writeStartElement(GEXF_NS, "attributes");
            xml.writeAttribute("class", "node");
            xml.writeAttribute("mode", "static");
            for (int a = 0; a < NODE_ATTRIBUTES.size(); a++) {
                attribute(xml, "n" + a, NODE_ATTRIBUTES.get(a).name(), NODE_ATTRIBUTES.get(a).gexf());
            }
            xml.writeEndElement();
            xml.writeStartElement(GEXF_NS, "attributes");
            xml.writeAttribute("class", "edge");
            xml.writeAttribute("mode", "static");
            attribute(xml, "turns", "turns", "long");
            for (int c = 0; c < codes.size(); c++) {
                attribute(xml, "code" + c, codes.get(c), "long");
            }
            xml.writeEndElement();
            xml.writeStartElement(GEXF_NS, "nodes");
            for (NetworkNode node : network.nodes()) {
                xml.writeStartElement(GEXF_NS, "node");
                xml.writeAttribute("id", node.id());
                xml.writeAttribute("label", node.name());
                xml.writeStartElement(GEXF_NS, "attvalues");
                List<String> values = values(node);
                for (int a = 0; a < values.size(); a++) {
                    attvalue(xml, "n" + a, values.get(a));
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement(GEXF_NS, "edges");
            int id = 0;
            for (NetworkEdge edge : network.edges()) {
                xml.writeStartElement(GEXF_NS, "edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", network.nodes().get(edge.from()).id());
                xml.writeAttribute("target", network.nodes().get(edge.to()).id());
                // Gephi reads weight as the edge's thickness; an edge carrying only codings is drawn thin, not dropped
                xml.writeAttribute("weight", Long.toString(Math.max(edge.turns(), 0)));
                xml.writeStartElement(GEXF_NS, "attvalues");
                attvalue(xml, "turns", Long.toString(edge.turns()));
                for (int c = 0; c < codes.size(); c++) {
                    Long count = edge.codings().get(codes.get(c));
                    if (count != null) {
                        attvalue(xml, "code" + c, Long.toString(count));
                    }
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            close(xml);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attribute(XMLStreamWriter xml, String id, String title, String type) throws XMLStreamException {
        xml.writeEmptyElement(GEXF_NS, "attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", title);
        xml.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeEmptyElement(GEXF_NS, "attvalue");
        xml.writeAttribute("for", key);
        xml.writeAttribute("value", value);
    }

    private static void close(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
