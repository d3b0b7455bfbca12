package org.advisoryhub.actor;

import java.util.UUID;

/** An actor as an advisory names it: by catalog id, ATT&CK group id, name or alias (the first one given wins). */
public record ActorPick(UUID id, String mitreId, String name) {}
