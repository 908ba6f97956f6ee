package org.projectnexus.logic.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs emoji garbled the way the Project Nexus README template was: its UTF-8 bytes read as Mac Roman
 * ({@code 📌} became {@code üìå}), with the lead byte {@code F0}, which Mac Roman maps to a private character, lost
 * as {@code U+FFFD}. A run of such characters is turned back into bytes and read as UTF-8; it is replaced only when
 * that gives symbols (emoji, dingbats), so real accented words are never touched.
 */
final class Mojibake {

    private static final Pattern RUN = Pattern.compile("[^\\x00-\\x7F\\s]{2,}");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private Mojibake() {
    }

    static String repair(String text) {
        Matcher run = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (run.find()) {
            run.appendReplacement(out, Matcher.quoteReplacement(repairRun(run.group())));
        }
        run.appendTail(out);
        return out.toString();
    }

    private static String repairRun(String run) {
        CharsetEncoder encoder = MAC_ROMAN.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (c == '\uFFFD') {
                    bytes.write(0xF0);
                } else {
                    ByteBuffer encoded = encoder.encode(CharBuffer.wrap(String.valueOf(c)));
                    bytes.write(encoded.array(), 0, encoded.limit());
                }
            }
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            return decoded.codePoints().allMatch(Mojibake::symbol) ? decoded : run;
        } catch (CharacterCodingException notGarbled) {
            return run;
        }
    }

    private static boolean symbol(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK
                || codePoint == 0xFE0F || codePoint == 0x200D;
    }
}
