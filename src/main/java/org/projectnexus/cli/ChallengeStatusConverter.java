package org.projectnexus.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.projectnexus.model.ChallengeStatus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a challenge's state in any case: open, solved, verified or regressed. */
final class ChallengeStatusConverter implements ITypeConverter<ChallengeStatus> {

    @Override
    public ChallengeStatus convert(String value) {
        return ChallengeStatus.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a challenge's state; use open, solved, verified or regressed"));
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ChallengeStatus.values()).map(ChallengeStatus::word).iterator();
        }
    }
}
