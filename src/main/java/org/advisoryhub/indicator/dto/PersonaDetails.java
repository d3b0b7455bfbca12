package org.advisoryhub.indicator.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a person or persona indicator says besides its name: the other names it goes by, and the accounts it uses (the
 * advisory's other indicators: phone numbers, payment accounts, profiles, accounts, e-mail addresses). On input an
 * account is written as it would be added ({@code linkedin:jane-doe}, {@code +82 10-2345-6789}); the hub keeps and
 * shows each as the indicator it names ({@code profile:linkedin:jane-doe}).
 */
public record PersonaDetails(List<String> aliases, List<String> accounts) {

    public PersonaDetails {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return aliases.isEmpty() && accounts.isEmpty();
    }
}
