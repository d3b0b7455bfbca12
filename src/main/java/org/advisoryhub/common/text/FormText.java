package org.advisoryhub.common.text;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks resources that take HTML form fields, whose text {@link RequestText} checks. Bound by name, so that only they
 * wait for their body before the check; other requests (a screening GET) never pay for it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FormText {}
