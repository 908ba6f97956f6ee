import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.instruction.LocalVariable;
import java.lang.classfile.instruction.LocalVariableType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Takes the local variable tables (the LocalVariableTable and LocalVariableTypeTable attributes: the names and types
 * of local variables, for debuggers) out of every class of every jar under the folders given, keeping everything else:
 * the code, its stack maps, the line numbers of stack traces, the entries' order, names and times.
 * {@code java packaging/StripLocalVariables.java FOLDER...}, run by packaging/bundle.xml with a JDK 24 or later (the
 * class-file API) before StoreJars, for the .deb's size (ADR 47). Nothing at run time reads these tables; the JDK's
 * own classes in the runtime image have none either (jlink's --strip-debug, which also drops the line numbers).
 * A signed jar (JGit's) loses its signature first: a changed class would no longer match it, and the AOT caches skip
 * the classes of signed jars. Nothing checks it: no security manager acts on who signed a class, and the .deb's
 * files are the package's.
 */
public final class StripLocalVariables {

    private static final ClassTransform WITHOUT_LOCAL_VARIABLES = ClassTransform.transformingMethodBodies(
            (code, element) -> {
                if (!(element instanceof LocalVariable) && !(element instanceof LocalVariableType)) {
                    code.with(element);
                }
            });

    public static void main(String[] folders) throws IOException {
        long before = 0;
        long after = 0;
        for (String folder : folders) {
            List<Path> jars;
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
            }
            for (Path jar : jars) {
                before += Files.size(jar);
                strip(jar, signed(jar));
                after += Files.size(jar);
            }
        }
        System.out.printf("Local variable tables taken out: %,d bytes before, %,d after%n", before, after);
    }

    private static boolean signed(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).anyMatch(StripLocalVariables::signatureFile);
        }
    }

    /** A jar signature's files: META-INF/NAME.SF and its signature block (.RSA, .DSA, .EC). */
    private static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    /** The manifest without its entries' digests (its main attributes, OSGi's among them, stay). */
    private static byte[] unsignedManifest(byte[] manifest) throws IOException {
        Manifest unsigned = new Manifest(new ByteArrayInputStream(manifest));
        unsigned.getEntries().clear();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        unsigned.write(bytes);
        return bytes.toByteArray();
    }

    private static void strip(Path jar, boolean signed) throws IOException {
        if (signed) {
            System.out.println("Signature taken out: " + jar.getFileName());
        }
        ClassFile classFile = ClassFile.of();
        Path stripped = jar.resolveSibling(jar.getFileName() + ".stripped");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes(); // the current entry's bytes
                if (signed && signatureFile(entry.getName())) {
                    continue;
                }
                if (signed && entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                    bytes = unsignedManifest(bytes);
                } else if (entry.getName().endsWith(".class")) {
                    bytes = withoutLocalVariables(classFile, bytes, jar, entry.getName());
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED); // StoreJars stores them anyway
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(stripped, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The class without its local variable tables; a class this JDK cannot parse (a newer version) as it was. */
    private static byte[] withoutLocalVariables(ClassFile classFile, byte[] bytes, Path jar, String name) {
        try {
            return classFile.transformClass(classFile.parse(bytes), WITHOUT_LOCAL_VARIABLES);
        } catch (IllegalArgumentException | UnsupportedOperationException unreadable) {
            System.out.println("Left as it is (" + unreadable.getMessage() + "): " + jar.getFileName() + "!/" + name);
            return bytes;
        }
    }
}
