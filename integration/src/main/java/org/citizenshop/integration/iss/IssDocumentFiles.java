package org.citizenshop.integration.iss;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.citizenshop.application.AgencyDocument;
import org.citizenshop.integration.delivery.DocumentReader;

/**
 * The documents a results file names: PDF files the agency wrote into the outbox before the results
 * file, so that they are whole when it is read. Each is read and checked by {@link DocumentReader};
 * the files named (and found) go where their results file goes, {@code .done/} or {@code .failed/}.
 */
final class IssDocumentFiles {

    private static final Logger LOG = Logger.getLogger(IssDocumentFiles.class.getName());
    private static final DocumentReader DOCUMENTS = DocumentReader.standard();
    /** Only a PDF's plain name is ever moved: never another results file a hostile row might name. */
    private static final Pattern PDF_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\.pdf");

    private final Path outbox;
    private final Set<Path> named = new LinkedHashSet<>();

    /** {@code outbox}: the folder of the results file; null when there is none (nothing can be read). */
    IssDocumentFiles(Path outbox) {
        this.outbox = outbox;
    }

    /** The document a key's rows name: file name, size, SHA-256 and verification code, as written. */
    AgencyDocument read(String fileName, String size, String sha256, String verificationCode) {
        DocumentReader.Declared declared =
                new DocumentReader.Declared(fileName, null, size, sha256, verificationCode, null);
        if (outbox == null) {
            return AgencyDocument.refused("the document file cannot be found: the results file has no folder");
        }
        if (PDF_NAME.matcher(fileName).matches()
                && Files.isRegularFile(outbox.resolve(fileName), LinkOption.NOFOLLOW_LINKS)) {
            named.add(outbox.resolve(fileName));
        }
        return DOCUMENTS.readFile(outbox, declared);
    }

    /** The files named and found, in the order they were named. */
    List<Path> files() {
        return new ArrayList<>(named);
    }

    /**
     * Moves the files read beside their results file, into {@code folder} of the outbox ({@code .done}
     * or {@code .failed}). One that cannot be moved is left where it is and logged: the results are
     * recorded, and a PDF left in the outbox disturbs nothing (only results files are taken).
     */
    static void move(List<Path> files, String folder, String resultsFile) {
        for (Path file : files) {
            Path target = file.resolveSibling(folder).resolve(file.getFileName());
            try {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                LOG.warning(() -> "Social security results " + resultsFile + ": the document " + file.getFileName()
                        + " could not be moved to " + folder + " (" + e + "); it stays in the outbox");
            }
        }
    }
}
