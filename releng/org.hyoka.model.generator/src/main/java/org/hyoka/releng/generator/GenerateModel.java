package org.hyoka.releng.generator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of genmodels with EMF's own generator, without an IDE.
 * Arguments: repository root, then genmodel paths relative to it (none: every {@code bundles/*}{@code /model/*.genmodel}).
 * A missing genmodel is created from the .ecore next to it with the project's settings (model code in the bundle
 * holding it, edit code in {@code <bundle>.edit}); an existing one is rebuilt from its .ecore and keeps its settings.
 * An add-on's package that uses classes of another package (the core model) finds that package's genmodel among the
 * repository's genmodels.
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: GenerateModel <repository root> [<genmodel path>...]");
        }
        File root = new File(args[0]).getCanonicalFile();
        List<File> genModels = new ArrayList<>();
        for (String path : Arrays.asList(args).subList(1, args.length)) {
            if (path != null && !path.isBlank()) {
                genModels.add(new File(root, path));
            }
        }
        if (genModels.isEmpty()) {
            genModels.addAll(allGenModels(root));
        }
        for (File genModel : genModels) {
            generate(root, genModel);
        }
    }

    /** The repository's genmodels; those whose .ecore uses another package's classes last, after that package's. */
    private static List<File> allGenModels(File root) throws IOException {
        try (Stream<Path> files = Files.walk(root.toPath().resolve("bundles"), 3)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".genmodel")
                    && file.getParent().getFileName().toString().equals("model"))
                    .sorted(Comparator.comparing(GenerateModel::usesOtherPackages).thenComparing(Comparator.naturalOrder()))
                    .map(Path::toFile).toList();
        }
    }

    private static boolean usesOtherPackages(Path genModel) {
        Path ecore = genModel.resolveSibling(genModel.getFileName().toString().replaceFirst("\\.genmodel$", ".ecore"));
        try {
            return Files.readString(ecore).contains("platform:/resource/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate(File root, File genModelFile) throws IOException {
        ResourceSet resourceSet = newResourceSet(root);
        URI genModelUri = URI.createFileURI(genModelFile.getPath());
        GenModel genModel = create(resourceSet, genModelUri);
        if (genModelFile.exists()) {
            // Like the IDE's "Reload": a fresh genmodel picks up new classifiers and features,
            // then takes over every setting of the old one that still applies.
            genModel.reconcile(load(newResourceSet(root), genModelUri));
        }
        useOtherGenModels(root, genModel, genModelFile);
        genModel.eResource().save(null);

        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("generation failed: " + result);
            }
        }
        System.out.println("Generated model and edit code from " + genModelFile);
    }

    /** Adds the genmodels of the packages this one's classes use (the core model's, for an add-on). */
    private static void useOtherGenModels(File root, GenModel genModel, File genModelFile) throws IOException {
        if (genModel.getMissingPackages().isEmpty()) {
            return;
        }
        for (File other : allGenModels(root)) {
            if (other.equals(genModelFile)) {
                continue;
            }
            GenModel used = load(genModel.eResource().getResourceSet(), URI.createFileURI(other.getPath()));
            for (GenPackage genPackage : allGenPackages(used.getGenPackages())) {
                if (genModel.getMissingPackages().contains(genPackage.getEcorePackage())) {
                    genModel.getUsedGenPackages().add(genPackage);
                }
            }
        }
        if (!genModel.getMissingPackages().isEmpty()) {
            throw new IllegalStateException("no genmodel in bundles/*/model has the packages " + genModel.getMissingPackages());
        }
    }

    private static List<GenPackage> allGenPackages(List<GenPackage> genPackages) {
        List<GenPackage> all = new ArrayList<>();
        for (GenPackage genPackage : genPackages) {
            all.add(genPackage);
            all.addAll(allGenPackages(genPackage.getNestedGenPackages()));
        }
        return all;
    }

    private static ResourceSet newResourceSet(File root) {
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // genmodels name their projects platform:/resource/<bundle>/…; bundles live under bundles/.
        URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/", false),
                URI.createFileURI(new File(root, "bundles").getPath() + File.separator));
        return resourceSet;
    }

    private static GenModel load(ResourceSet resourceSet, URI uri) {
        return (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
    }

    private static GenModel create(ResourceSet resourceSet, URI genModelUri) {
        URI ecoreUri = genModelUri.trimFileExtension().appendFileExtension("ecore");
        EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        // bundles/<bundle>/model/<name>.genmodel: model code in the bundle, edit code in <bundle>.edit
        String bundle = genModelUri.segment(genModelUri.segmentCount() - 3);
        String prefix = Character.toUpperCase(ePackage.getName().charAt(0)) + ePackage.getName().substring(1);
        genModel.setModelName(prefix);
        genModel.setModelPluginID(bundle);
        genModel.setModelDirectory("/" + bundle + "/src-gen");
        genModel.setEditPluginID(bundle + ".edit");
        genModel.setEditDirectory("/" + bundle + ".edit/src-gen");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setCopyrightText("Hyoka Workbench. Generated by EMF from " + ecoreUri.lastSegment()
                + "; regenerate with releng/scripts/generate-model.sh.");
        // The generator writes a MANIFEST.MF only where none exists, so hand-edited manifests are kept.
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setCodeFormatting(false);
        genModel.setImportOrganizing(false);
        genModel.setCreationIcons(false);
        genModel.setOptimizedHasChildren(true);
        genModel.getForeignModel().add(ecoreUri.lastSegment());
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        GenPackage rootPackage = genModel.getGenPackages().get(0);
        rootPackage.setBasePackage("org.hyoka");
        rootPackage.setPrefix(prefix);
        for (GenPackage nested : rootPackage.getNestedGenPackages()) {
            String name = nested.getEcorePackage().getName();
            nested.setPrefix(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        Resource resource = resourceSet.createResource(genModelUri);
        resource.getContents().add(genModel);
        return genModel;
    }
}
