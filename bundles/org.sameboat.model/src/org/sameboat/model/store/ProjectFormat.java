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

    /** Version of the model file this build writes; older versions are migrated on load. */
    public static final int CURRENT_VERSION = 1;
    public static final String MODEL_FILE = "project.sameboat";
    public static final String BACKUP_FILE = "project.sameboat.bak";
    public static final String SOURCES_FOLDER = "sources";
    public static final String TEXT_SUFFIX = ".txt";

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

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
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // content written by a newer Sameboat is kept and written back rather than dropped
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
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
