package org.sameboat.model.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * How a project is laid out on disk and how its model file is read and written.
 * <p>
 * The model is XMI (chosen with the persistence benchmark, see docs/benchmarks.md: fast enough at a million
 * codings, readable, diffable and tolerant of unknown content). References are written as element ids, never
 * as positional fragments, and ids are looked up in a hash map while loading: both keep load and save linear.
 */
public final class ProjectFormat {

    /**
     * Version of the model file this build writes; older versions are migrated on load ({@link ProjectMigration}).
     * <ul>
     * <li>1: the first format.</li>
     * <li>2: codes say whom they apply to ({@code appliesTo}) and which codes they help start ({@code starts});
     * documents may be in the {@code pre-group} stage; the built-in codebooks carry border rules, sub-codes and
     * the worker skills. A format-1 Sameboat would drop the new attributes silently, so it is refused the file.</li>
     * <li>3: a coder may set whom a turn or a coding is addressed to ({@code addressee}, {@code addressedToGroup});
     * without them the addressee is inferred. A format-2 Sameboat would drop them, so it is refused the file.</li>
     * </ul>
     */
    public static final int CURRENT_VERSION = 3;
    public static final String MODEL_FILE = "project.sameboat";
    public static final String BACKUP_FILE = "project.sameboat.bak";
    public static final String SOURCES_FOLDER = "sources";
    public static final String TEXT_SUFFIX = ".txt";

    /**
     * Deepest code tree a project may hold (a top code is level 1). Importers refuse a deeper tree and a save
     * refuses it, so nothing is saved that loading stops at. EMF saves and loads a tree by recursion, several
     * frames a level: at 1,000 levels a save overflowed a thread's default stack; 200 levels stay far from it and
     * far beyond any codebook we have seen (real ones go about ten levels deep).
     */
    public static final int MAX_CODE_DEPTH = 200;
    /**
     * How deep the model file's elements may nest: the code tree plus the elements around it (17 at the limit), with room.
     * The JDK's XML parser stops at 100 by default (jdk.xml.maxElementDepth in the JDK's jaxp.properties since JDK
     * 24), which cut off code trees about 98 levels deep that the importer had accepted.
     */
    static final int MAX_ELEMENT_DEPTH = MAX_CODE_DEPTH + 64;
    private static final String MAX_ELEMENT_DEPTH_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private ProjectFormat() {
    }

    /** A resource for a project's model file, with a hash map from id to element. */
    public static XMLResource newResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        resource.setEncoding("UTF-8");
        return resource;
    }

    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // a pool per load, not one for the process: a pooled parser kept the element depth it had counted in
        // an earlier load, so a later load hit the depth limit early (a project is loaded once per command)
        options.put(XMLResource.OPTION_USE_PARSER_POOL, new XMLParserPoolImpl(true));
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // content written by a newer Sameboat is kept and written back rather than dropped
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, Map.of(MAX_ELEMENT_DEPTH_PROPERTY, MAX_ELEMENT_DEPTH));
        return options;
    }

    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        return options;
    }
}
