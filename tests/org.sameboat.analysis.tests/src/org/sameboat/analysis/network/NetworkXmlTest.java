package org.sameboat.analysis.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.model.Document;
import org.sameboat.model.SpeakerRole;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The GraphML and GEXF files: valid against the published schemas (graphml.xsd and GEXF 1.2's gexf.xsd, which
 * JGraphT's I/O bundle carries into the test runtime), checked for what the specifications say beyond the
 * schemas (unique ids, edge ends that exist, keys used for their own kind of element), and read back into the
 * figures they were written from.
 */
class NetworkXmlTest {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private Network network() {
        Transcripts t = new Transcripts("Mutual support", "Obstacles/Scape goating <&>").person("Dana", SpeakerRole.WORKER)
                .person("Ruth \"R\" & Co", SpeakerRole.MEMBER).person("Marcus", SpeakerRole.MEMBER);
        Document d = t.document("one", 1, "Dana: Welcome, everyone.", "Ruth \"R\" & Co: Hard week.", "Marcus: Me too.",
                "Dana: Marcus, say more.");
        t.code(d, 2, "Mutual support", "alex");
        t.code(d, 2, "Obstacles/Scape goating <&>", "alex");
        t.code(d, 1, "Mutual support", "alex");
        return InteractionNetwork.compute(t.project, List.of(), Filter.none());
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean nmtoken(String value) {
        return value.matches("[\\p{L}\\p{N}._:-]+");
    }

    @Test
    void bothFilesAreValidAgainstThePublishedSchemas() throws Exception {
        Network network = network();
        ByteArrayOutputStream graphMl = new ByteArrayOutputStream();
        NetworkXml.writeGraphMl(network, graphMl);
        ByteArrayOutputStream gexf = new ByteArrayOutputStream();
        NetworkXml.writeGexf(network, gexf);
        // a validator throws, naming line and column, at the first thing its schema does not allow
        schema("graphml.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(graphMl.toByteArray())));
        schema("gexf.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(gexf.toByteArray())));
    }

    @Test
    void theSchemaCheckCatchesAFileItDoesNotAllow() throws Exception {
        ByteArrayOutputStream graphMl = new ByteArrayOutputStream();
        NetworkXml.writeGraphMl(network(), graphMl);
        String broken = graphMl.toString(StandardCharsets.UTF_8).replace("edgedefault=\"directed\"", "edgedefault=\"sideways\"");
        assertThrows(SAXException.class, () -> schema("graphml.xsd").newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))));
    }

    /** A published schema from JGraphT's I/O bundle; its imports (xlink.xsd, viz.xsd) resolve beside it. */
    private static Schema schema(String file) throws Exception {
        URL url = GraphMLImporter.class.getResource("/" + file);
        assertNotNull(url, file + " in JGraphT's I/O bundle");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
    }

    @Test
    void graphMlHasTheStructureTheSchemaRequiresAndReadsBackToTheNetwork() throws Exception {
        Network network = network();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkXml.writeGraphMl(network, out);
        org.w3c.dom.Document xml = parse(out.toByteArray());
        String ns = NetworkXml.GRAPHML_NS;

        Element root = xml.getDocumentElement();
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        assertTrue(root.getAttributeNS(XSI, "schemaLocation").startsWith(ns + " "));
        // graphml := key*, graph: every key before the graph, with the schema's types and scopes
        List<String> order = new ArrayList<>();
        for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                order.add(e.getLocalName());
            }
        }
        assertEquals("graph", order.get(order.size() - 1));
        assertTrue(order.subList(0, order.size() - 1).stream().allMatch("key"::equals), order.toString());
        Map<String, Element> keys = new HashMap<>();
        for (Element key : children(root, ns, "key")) {
            assertTrue(nmtoken(key.getAttribute("id")));
            assertTrue(Set.of("node", "edge").contains(key.getAttribute("for")));
            assertTrue(Set.of("boolean", "int", "long", "float", "double", "string").contains(key.getAttribute("attr.type")));
            assertTrue(nmtoken(key.getAttribute("attr.name")), key.getAttribute("attr.name"));
            assertEquals(null, keys.put(key.getAttribute("id"), key), "key ids are unique");
        }
        Element graph = children(root, ns, "graph").get(0);
        assertEquals("directed", graph.getAttribute("edgedefault"));

        Set<String> ids = new HashSet<>();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Element node : children(graph, ns, "node")) {
            assertTrue(nmtoken(node.getAttribute("id")));
            assertTrue(ids.add(node.getAttribute("id")));
            nodes.put(node.getAttribute("id"), data(node, ns, keys, "node"));
        }
        assertEquals(network.nodes().size(), nodes.size());
        for (NetworkNode expected : network.nodes()) {
            Map<String, String> read = nodes.get(expected.id());
            assertEquals(expected.name(), read.get("label"));
            assertEquals(expected.role(), read.get("role"));
            assertEquals(expected.turns(), Long.parseLong(read.get("turns")));
            assertEquals(expected.words(), Long.parseLong(read.get("words")));
            assertEquals(expected.outDegree(), Integer.parseInt(read.get("outDegree")));
            assertEquals(expected.weightedInDegree(), Long.parseLong(read.get("weightedInDegree")));
            assertEquals(expected.betweenness(), Double.parseDouble(read.get("betweenness")), 1e-12);
        }
        List<Element> edges = children(graph, ns, "edge");
        assertEquals(network.edges().size(), edges.size());
        for (int i = 0; i < edges.size(); i++) {
            Element edge = edges.get(i);
            NetworkEdge expected = network.edges().get(i);
            assertEquals(network.nodes().get(expected.from()).id(), edge.getAttribute("source"));
            assertEquals(network.nodes().get(expected.to()).id(), edge.getAttribute("target"));
            assertTrue(ids.containsAll(List.of(edge.getAttribute("source"), edge.getAttribute("target"))));
            Map<String, String> read = data(edge, ns, keys, "edge");
            assertEquals(expected.turns(), Long.parseLong(read.get("turns")));
            Map<String, Long> codings = new HashMap<>();
            for (Map.Entry<String, String> e : read.entrySet()) {
                if (e.getKey().startsWith("code:")) {
                    codings.put(e.getKey().substring(5), Long.parseLong(e.getValue()));
                }
            }
            assertEquals(expected.codings(), codings);
        }
    }

    /** A node's or edge's data by attribute name; a code's by "code:" and the path its key's desc holds. */
    private static Map<String, String> data(Element owner, String ns, Map<String, Element> keys, String scope) {
        Map<String, String> out = new HashMap<>();
        for (Element data : children(owner, ns, "data")) {
            Element key = keys.get(data.getAttribute("key"));
            assertEquals(scope, key.getAttribute("for"), "data refers to a key declared for its element");
            List<Element> desc = children(key, ns, "desc");
            String name = desc.isEmpty() ? key.getAttribute("attr.name") : "code:" + desc.get(0).getTextContent();
            out.put(name, data.getTextContent());
        }
        return out;
    }

    @Test
    void gexfHasTheStructureVersionOnePointTwoRequiresAndReadsBackToTheNetwork() throws Exception {
        Network network = network();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkXml.writeGexf(network, out);
        org.w3c.dom.Document xml = parse(out.toByteArray());
        String ns = NetworkXml.GEXF_NS;

        Element root = xml.getDocumentElement();
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.2", root.getAttribute("version"));
        assertTrue(root.getAttributeNS(XSI, "schemaLocation").startsWith(ns + " "));
        Element graph = children(root, ns, "graph").get(0);
        assertEquals(List.of("meta", "graph"), List.of(children(root, ns, "meta").isEmpty() ? "" : "meta", graph.getLocalName()));
        assertEquals("directed", graph.getAttribute("defaultedgetype"));
        assertTrue(Set.of("static", "dynamic").contains(graph.getAttribute("mode")));

        // graph := attributes*, nodes, edges (in that order)
        List<String> order = new ArrayList<>();
        for (org.w3c.dom.Node n = graph.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                order.add(e.getLocalName());
            }
        }
        assertEquals(List.of("attributes", "attributes", "nodes", "edges"), order);
        Map<String, Map<String, String>> titles = new HashMap<>(); // class → id → title
        for (Element attributes : children(graph, ns, "attributes")) {
            Map<String, String> byId = titles.computeIfAbsent(attributes.getAttribute("class"), k -> new HashMap<>());
            for (Element attribute : children(attributes, ns, "attribute")) {
                assertTrue(Set.of("integer", "long", "double", "float", "boolean", "string").contains(attribute.getAttribute("type")));
                assertEquals(null, byId.put(attribute.getAttribute("id"), attribute.getAttribute("title")));
            }
        }
        assertEquals(Set.of("node", "edge"), titles.keySet());

        Element nodes = children(graph, ns, "nodes").get(0);
        Set<String> ids = new HashSet<>();
        Map<String, Map<String, String>> read = new HashMap<>();
        for (Element node : children(nodes, ns, "node")) {
            assertTrue(ids.add(node.getAttribute("id")));
            Map<String, String> values = attvalues(node, ns, titles.get("node"));
            values.put("label", node.getAttribute("label"));
            read.put(node.getAttribute("id"), values);
        }
        for (NetworkNode expected : network.nodes()) {
            Map<String, String> values = read.get(expected.id());
            assertEquals(expected.name(), values.get("label"));
            assertEquals(expected.role(), values.get("role"));
            assertEquals(expected.turns(), Long.parseLong(values.get("turns")));
            assertEquals(expected.inDegree(), Integer.parseInt(values.get("inDegree")));
            assertEquals(expected.betweenness(), Double.parseDouble(values.get("betweenness")), 1e-12);
        }
        List<Element> edges = children(children(graph, ns, "edges").get(0), ns, "edge");
        assertEquals(network.edges().size(), edges.size());
        Set<String> edgeIds = new HashSet<>();
        for (int i = 0; i < edges.size(); i++) {
            Element edge = edges.get(i);
            NetworkEdge expected = network.edges().get(i);
            assertTrue(edgeIds.add(edge.getAttribute("id")));
            assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
            assertEquals(network.nodes().get(expected.to()).id(), edge.getAttribute("target"));
            assertEquals(expected.turns(), Double.parseDouble(edge.getAttribute("weight")), 0);
            Map<String, String> values = attvalues(edge, ns, titles.get("edge"));
            assertEquals(expected.turns(), Long.parseLong(values.remove("turns")));
            Map<String, Long> codings = new HashMap<>();
            values.forEach((k, v) -> codings.put(k, Long.parseLong(v)));
            assertEquals(expected.codings(), codings);
        }
    }

    private static Map<String, String> attvalues(Element owner, String ns, Map<String, String> titles) {
        Map<String, String> out = new HashMap<>();
        List<Element> attvalues = children(owner, ns, "attvalues");
        for (Element value : children(attvalues.get(0), ns, "attvalue")) {
            assertTrue(titles.containsKey(value.getAttribute("for")), "attvalue for a declared attribute");
            out.put(titles.get(value.getAttribute("for")), value.getAttribute("value"));
        }
        return out;
    }

    @Test
    void codeNamesBecomeNmtokensForGraphMl() {
        assertEquals("Obstacles_Scape_goating____", NetworkXml.nmtoken("Obstacles/Scape goating <&>"));
        assertEquals("Mutual_support", NetworkXml.nmtoken("Mutual support"));
    }
}
