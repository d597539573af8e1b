package org.citizenshop.agencysim.iss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The social security's part of the shared exchange directory: {@code iss/inbox} (the shop writes),
 * {@code iss/inbox/processed} (what the agency read) and {@code iss/outbox} (the agency writes). Files appear whole:
 * each is written under a name starting with {@code .} and renamed when complete, and readers skip dot files.
 */
final class ExchangeFolder {

    private final Path inbox;
    private final Path processed;
    private final Path outbox;

    ExchangeFolder(Path exchangeDir) {
        Path iss = exchangeDir.resolve("iss");
        this.inbox = iss.resolve("inbox");
        this.processed = inbox.resolve("processed");
        this.outbox = iss.resolve("outbox");
    }

    void create() throws IOException {
        Files.createDirectories(processed);
        Files.createDirectories(outbox);
    }

    /** The complete request files waiting in the inbox, oldest name first. */
    List<Path> requestFiles() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return !name.startsWith(".") && name.endsWith(".csv");
                    })
                    .sorted()
                    .toList();
        }
    }

    void writeOutbox(String name, String content) throws IOException {
        writeWhole(outbox, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A document issued with a result, e.g. {@code ISS-2026-000001.pdf}. */
    void writeOutbox(String name, byte[] content) throws IOException {
        writeWhole(outbox, name, content);
    }

    /** A report beside a request file that was moved to {@code processed}. */
    void writeProcessed(String name, String content) throws IOException {
        writeWhole(processed, name, content.getBytes(StandardCharsets.UTF_8));
    }

    void moveToProcessed(Path requestFile) throws IOException {
        move(requestFile, processed.resolve(requestFile.getFileName()));
    }

    Path inbox() {
        return inbox;
    }

    Path outbox() {
        return outbox;
    }

    Path processed() {
        return processed;
    }

    private static void writeWhole(Path folder, String name, byte[] content) throws IOException {
        Path temporary = folder.resolve("." + name + ".tmp");
        Files.write(temporary, content);
        move(temporary, folder.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
