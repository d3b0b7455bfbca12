package org.advisoryhub.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.advisoryhub.support.HubTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java decision and the SQL decision of {@link Visibility} are the same rule: checked on the real PostgreSQL for
 * every TLP level × ceiling × recipient list × kind of reader.
 */
@HubTest
class VisibilityTest {

    private static final String ORG = "reader-org";

    /**
     * Who reads: a partner key through a collection, through an addressed collection, an official of another
     * organization, or anyone on the public pages.
     */
    enum Reader {
        PARTNER,
        PARTNER_ADDRESSED,
        OFFICIAL,
        PUBLIC
    }

    @Inject
    AgroalDataSource dataSource;

    static Stream<Arguments> combinations() {
        List<List<String>> recipientLists =
                List.of(List.of(), List.of(ORG), List.of("other-org"), List.of("other-org", ORG));
        List<Arguments> out = new ArrayList<>();
        for (Reader reader : Reader.values()) {
            for (Tlp tlp : Tlp.values()) {
                for (Tlp ceiling : Tlp.values()) {
                    for (List<String> recipients : recipientLists) {
                        out.add(Arguments.of(reader, tlp, ceiling, recipients));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} ceiling {2} recipients {3}")
    @MethodSource("combinations")
    void shouldDecideTheSameInJavaAndInSql(Reader reader, Tlp tlp, Tlp ceiling, List<String> recipients)
            throws Exception {
        boolean java;
        String predicate;
        List<Object> parameters;
        switch (reader) {
            case PUBLIC -> {
                java = Visibility.publicMayRead(tlp);
                predicate = Visibility.publicSql("t.rank");
                parameters = List.of();
                assertThat(java).isEqualTo(tlp == Tlp.CLEAR);
            }
            case OFFICIAL -> {
                java = Visibility.officialMayRead(tlp, recipients, ORG, false, false);
                predicate = Visibility.addressedRuleSql("t.rank", "t.recipients", "?");
                parameters = List.of(ORG);
            }
            default -> {
                Visibility.PartnerView view =
                        new Visibility.PartnerView(ceiling, reader == Reader.PARTNER_ADDRESSED, ORG);
                java = view.mayRead(tlp, recipients);
                predicate = view.sql("t.rank", "t.recipients", null);
                parameters = view.parameters();
            }
        }
        assertThat(sql(predicate, parameters, tlp, recipients)).isEqualTo(java);
    }

    private boolean sql(String predicate, List<Object> parameters, Tlp tlp, List<String> recipients) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + predicate
                        + " from (select cast(? as smallint) as rank, cast(? as text[]) as recipients) t")) {
            int i = 1;
            for (Object p : parameters) {
                ps.setObject(i++, p);
            }
            ps.setShort(i++, (short) tlp.rank());
            ps.setArray(i, c.createArrayOf("text", recipients.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
