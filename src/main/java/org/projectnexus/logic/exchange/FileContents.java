package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How an import reads the bytes of a file. {@link #DISK} is the file system; a test gives one that refuses a file
 * (permission denied) where the test suite, run as root, cannot make a file unreadable.
 */
interface FileContents {

    long size(Path file) throws IOException;

    byte[] bytes(Path file) throws IOException;

    FileContents DISK = new FileContents() {
        @Override
        public long size(Path file) throws IOException {
            return Files.size(file);
        }

        @Override
        public byte[] bytes(Path file) throws IOException {
            return Files.readAllBytes(file);
        }
    };
}
