package org.projectnexus.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.projectnexus.model.NexusException;

/**
 * Answers the command line asks for (confirmations, passwords): from the terminal when there is one (passwords
 * without echo), else a line of standard input each, so scripts and tests can answer.
 */
final class ConsoleInput {

    private final InputStream stdin;
    private final Console console;
    private BufferedReader lines;

    ConsoleInput(InputStream stdin, Console console) {
        this.stdin = stdin;
        this.console = console;
    }

    /** The next line of input after showing {@code prompt} on {@code err}; empty at the end of input. */
    String line(String prompt, PrintWriter err) {
        if (console != null) {
            String answer = console.readLine("%s", prompt);
            return answer == null ? "" : answer;
        }
        err.print(prompt);
        err.flush();
        try {
            String answer = reader().readLine();
            return answer == null ? "" : answer;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Whether a person is there to answer: standard input is a terminal. */
    boolean isTerminal() {
        return console != null;
    }

    /** Whether the user answered yes to {@code question}. */
    boolean confirm(String question, PrintWriter err) {
        String answer = line(question + " [y/N] ", err).strip().toLowerCase(java.util.Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }

    /** A password, never echoed on a terminal; refused when empty. */
    char[] password(String prompt, PrintWriter err) {
        char[] password = console != null ? console.readPassword("%s", prompt) : line(prompt, err).toCharArray();
        if (password == null || password.length == 0) {
            throw new NexusException("No password was given.");
        }
        return password;
    }

    private BufferedReader reader() {
        if (lines == null) {
            lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        }
        return lines;
    }
}
