package org.advisoryhub.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.support.Advisories;
import org.advisoryhub.support.HubTest;
import org.advisoryhub.support.OfficialsTest;
import org.junit.jupiter.api.Test;

/**
 * A first publication looks up only what it may share with other advisories: the observable of a CLEAR value is one
 * object, stored once whoever publishes it; above CLEAR each advisory has its own copy.
 */
@HubTest
class ObservableSharingTest extends OfficialsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldStoreAClearObservableOnceForEveryAdvisoryThatListsIt() throws Exception {
        String value = "shared-" + UUID.randomUUID() + ".example.org";
        Advisories.publishedAt("Sharing one", "CLEAR", List.of(), value);
        Advisories.publishedAt("Sharing two", "CLEAR", List.of(), value);

        assertThat(observables(value)).hasSize(1);
    }

    @Test
    void shouldGiveEachAdvisoryItsOwnCopyAboveClear() throws Exception {
        String value = "copied-" + UUID.randomUUID() + ".example.org";
        Advisories.publishedAt("Copy one", "GREEN", List.of(), value);
        Advisories.publishedAt("Copy two", "GREEN", List.of(), value);
        Advisories.publishedAt("Copy three", "CLEAR", List.of(), value);

        List<String> ids = observables(value);
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    }

    /** The stored versions of the domain-name observables of this value, as their ids. */
    private List<String> observables(String value) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select stix_id from stix_object where type = 'domain-name'"
                        + " and cast(body as jsonb) ->> 'value' = ? and collection_id is null")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
