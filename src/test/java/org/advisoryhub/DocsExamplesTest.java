package org.advisoryhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guides' shell blocks cannot drift from what runs: each one names the script under docs/examples/ it shows and
 * is that script's body, which {@code DocsExamplesIT} runs against a fresh packaged hub.
 */
class DocsExamplesTest {

    private static final Pattern BASH_BLOCK = Pattern.compile("(?m)^( *)```bash\\n(.*?)^\\1```$", Pattern.DOTALL);
    private static final String NOT_RUN = "# not run by DocsExamplesIT: ";

    @Test
    void everyShellBlockIsTheBodyOfTheExampleItNames() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> shown = new ArrayList<>();
        List<String> exempt = new ArrayList<>();
        for (Path page : pages) {
            for (String block : bashBlocks(read(page))) {
                String first = block.lines().findFirst().orElse("");
                if (first.startsWith(NOT_RUN)) {
                    exempt.add(page + ": " + first);
                    continue;
                }
                assertThat(first).as(page + ": a shell block names its script").startsWith("# docs/examples/");
                String script = first.substring(2);
                assertThat(block.substring(first.length() + 1))
                        .as(page + " shows " + script)
                        .isEqualTo(body(read(Path.of(script))));
                shown.add(script);
            }
        }
        assertThat(shown).as("the guides show the examples").hasSizeGreaterThanOrEqualTo(8);
        assertThat(exempt).as("only deployment is not run").hasSize(1).allMatch(e -> e.contains("Docker"));
    }

    @Test
    void theBodyLeavesOutOnlyTheScriptsHeader() {
        String script = """
                #!/usr/bin/env bash
                # What it shows.
                set -euo pipefail
                . "$(dirname "$0")/env.sh"

                # A step.
                curl -sS "$H/x"
                """;
        assertThat(body(script)).isEqualTo("# A step.\ncurl -sS \"$H/x\"\n");
    }

    /** The blocks' text, their indentation (inside list items) removed. */
    static List<String> bashBlocks(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = BASH_BLOCK.matcher(markdown);
        while (m.find()) {
            String indent = m.group(1);
            StringBuilder text = new StringBuilder();
            m.group(2)
                    .lines()
                    .forEach(l -> text.append(l.startsWith(indent) ? l.substring(indent.length()) : l)
                            .append('\n'));
            out.add(text.toString());
        }
        return out;
    }

    /** A script without its header: the shebang, the comment that describes it, {@code set} and sourcing env.sh. */
    static String body(String script) {
        List<String> lines = script.lines().toList();
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).startsWith("#!")) {
            i = 1;
            while (i < lines.size() && lines.get(i).startsWith("#")) {
                i++;
            }
        }
        while (i < lines.size()
                && (lines.get(i).startsWith("set -euo")
                        || lines.get(i).startsWith(". \"$(dirname")
                        || lines.get(i).isEmpty())) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        lines.subList(i, lines.size()).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
