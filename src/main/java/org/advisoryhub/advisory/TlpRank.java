package org.advisoryhub.advisory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a TLP level as its {@link Tlp#rank()}. */
@Converter
public class TlpRank implements AttributeConverter<Tlp, Short> {

    @Override
    public Short convertToDatabaseColumn(Tlp tlp) {
        return tlp == null ? null : (short) tlp.rank();
    }

    @Override
    public Tlp convertToEntityAttribute(Short rank) {
        return rank == null ? null : Tlp.ofRank(rank);
    }
}
