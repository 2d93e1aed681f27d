package org.sameboat.codegen;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the EMF model code of a bundle from its .genmodel without an Eclipse workspace.
 * <p>
 * Arguments: the bundle folder and the genmodel path inside it. The generated folder is emptied
 * first, so classes removed from the model do not linger.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateModel BUNDLE_DIR GENMODEL_PATH");
        }
        File bundle = new File(args[0]).getCanonicalFile();
        String bundleName = bundle.getName();
        ResourceSet resources = workspaceFreeResourceSet(bundle, bundleName);

        URI genModelUri = URI.createPlatformResourceURI("/" + bundleName + "/" + args[1], true);
        GenModel genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic modelCheck = genModel.diagnose();
        if (modelCheck.getSeverity() == Diagnostic.ERROR) {
            fail("genmodel is invalid: " + modelCheck);
        }

        deleteTree(bundle.toPath().resolve(genModel.getModelDirectory().replaceFirst("^/" + bundleName + "/", "")));

        // Inside Eclipse this factory comes through an extension point; without it the generator writes nothing.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        for (Diagnostic child : result.getChildren()) {
            System.out.println(child.getSeverity() + " " + child.getMessage());
        }
        if (result.getSeverity() == Diagnostic.ERROR) {
            fail("code generation failed: " + result.getMessage());
        }
        System.out.println("EMF code generated into " + genModel.getModelDirectory());
    }

    private static ResourceSet workspaceFreeResourceSet(File bundle, String bundleName) throws URISyntaxException {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        // platform:/resource/<bundle>/ is the bundle folder; platform:/plugin/org.eclipse.emf.ecore/ is the Ecore jar
        URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + bundleName + "/", true),
                URI.createFileURI(bundle.getPath() + "/"));
        File ecoreJar = new File(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        URIConverter.URI_MAP.put(URI.createPlatformPluginURI("/org.eclipse.emf.ecore/", true),
                URI.createURI("archive:" + URI.createFileURI(ecoreJar.getPath()) + "!/"));
        resources.getURIConverter().getURIMap().putAll(URIConverter.URI_MAP);
        return resources;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
