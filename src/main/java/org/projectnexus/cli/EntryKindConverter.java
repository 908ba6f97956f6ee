package org.projectnexus.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.projectnexus.model.EntryKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "note", "challenge" or "takeaway" (any case, singular or plural) as an entry kind. */
final class EntryKindConverter implements ITypeConverter<EntryKind> {

    @Override
    public EntryKind convert(String value) {
        return EntryKind.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a kind of entry; use note, challenge or takeaway"));
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EntryKind.values()).map(kind -> kind.name().toLowerCase()).iterator();
        }
    }
}
