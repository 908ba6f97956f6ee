package org.projectnexus.logic.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves the {@code [[links]]} of a folder the way Obsidian does, independently of the exporter: a link names a
 * file by its name (or its path in the vault) with its extension or without {@code .md}, ignoring case, in any
 * folder; a name with its extension is the file of that name first ({@code [[Redis.md]]} is {@code Redis.md} even
 * when {@code Redis.md.md} exists). Links inside fenced code are not links. Written for tests from Obsidian's documented rules, sharing no code with Nexus.
 */
final class ObsidianResolver {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]|#]+)(?:#[^\\]|]*)?(?:\\|[^\\]]*)?]]");
    private final Map<String, Path> byName = new HashMap<>();
    private final Map<String, Path> byFullName = new HashMap<>();
    private final List<String> links = new ArrayList<>();

    ObsidianResolver(Path vault) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(vault)) {
            files = all.filter(file -> file.toString().endsWith(".md")).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            byName.put(name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT), file);
            String path = vault.relativize(file).toString().replace('\\', '/');
            byName.put(path.substring(0, path.length() - 3).toLowerCase(Locale.ROOT), file);
            byFullName.put(name.toLowerCase(Locale.ROOT), file);
            byFullName.put(path.toLowerCase(Locale.ROOT), file);
        }
        for (Path file : files) {
            boolean inCode = false;
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("```") || line.startsWith("~~~")) {
                    inCode = !inCode;
                    continue;
                }
                Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", ""));
                while (!inCode && link.find()) {
                    links.add(link.group(1).strip());
                }
            }
        }
    }

    List<String> links() {
        return links;
    }

    Optional<Path> resolve(String target) {
        String key = target.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byFullName.getOrDefault(key, byName.get(key)));
    }
}
