package org.advisoryhub.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.BulkItemResult;
import org.advisoryhub.organization.OrganizationKind;

/** Labels of the console in English; {@code messages/msg_ko.properties} has the Korean ones. */
@MessageBundle
public interface ConsoleMessages {

    @Message("Advisory Hub")
    String app_title();

    @Message("Sign in")
    String sign_in();

    @Message("Skip to the content")
    String skip_to_content();

    @Message("Sign out")
    String sign_out();

    @Message("User name")
    String username();

    @Message("Password")
    String password();

    @Message("The user name or password is wrong.")
    String login_failed();

    @Message("Change password")
    String change_password();

    @Message(
            "At least 12 characters, at most 72 bytes; not your user name, not a common word or a sequence. You sign in again afterwards, everywhere.")
    String change_password_hint();

    @Message("Current password")
    String current_password();

    @Message("New password")
    String new_password();

    @Message("Too many failed sign-ins. Wait {seconds} seconds, then try again.")
    String login_throttled(long seconds);

    @Message("Dashboard")
    String dashboard();

    @Message("My organization's drafts")
    String my_drafts();

    @Message("Waiting for my organization's sign-off")
    String awaiting_signoff();

    @Message("Recently published")
    String recently_published();

    @Message("Nothing here.")
    String nothing();

    @Message("New advisory")
    String new_advisory();

    @Message("Title")
    String title();

    @Message("Summary")
    String summary();

    @Message("Body (Markdown)")
    String body();

    @Message("Preview")
    String preview();

    @Message("Co-authoring organizations (comma-separated ids)")
    String coauthors();

    @Message("Threat actors (from the shared catalog)")
    String threat_actors();

    @Message("ATT&CK technique ids (comma-separated)")
    String techniques();

    @Message("References (one URL per line)")
    String references();

    @Message("Korean title")
    String korean_title();

    @Message("Korean summary")
    String korean_summary();

    @Message("Korean body (Markdown)")
    String korean_body();

    @Message("English (original)")
    String original_english();

    @Message("Korean translation")
    String korean_translation();

    @Message("Save")
    String save();

    @Message("Status")
    String status();

    @Message("Revision")
    String revision();

    @Message("Indicators")
    String indicators();

    @Message("Paste indicators, one per line, or upload a CSV file")
    String paste_indicators();

    @Message("Check")
    String check();

    @Message("Add the indicators")
    String add_indicators();

    @Message("Line")
    String line();

    @Message("Value")
    String value();

    @Message("Kind")
    String kind();

    @Message("Result")
    String result();

    @Message("Fix or remove the lines marked invalid, then check again. Nothing was saved.")
    String fix_lines();

    @Message("All lines are valid.")
    String all_valid();

    @Message("Sign-off")
    String signoff();

    @Message("Still to sign")
    String still_to_sign();

    @Message("Approved by")
    String approved_by();

    @Message("Submit for review")
    String submit_review();

    @Message("Approve")
    String approve();

    @Message("Request changes")
    String request_changes();

    @Message("Comment")
    String comment();

    @Message("Publish")
    String publish();

    @Message("Change note")
    String change_note();

    @Message("Amend")
    String amend();

    @Message("Revisions")
    String revisions();

    @Message("Download STIX bundle")
    String download_stix();

    @Message("Compare")
    String compare();

    @Message("Language")
    String language();

    @Message("That did not work")
    String error_title();

    @Message("""
            {#when status}{#is 400}The input was refused; the details below name each field.\
            {#is 401}Sign in first.{#is 403}You may not do this.{#is 404}There is no such page or item, or it is not yours to see.\
            {#is 409}It was changed meanwhile, or its state does not allow this now.\
            {#is 412}It changed since you opened the page; open it again.{#is 413}That is too large.\
            {#is 429}Too many attempts; wait a little.{#else}Something went wrong on the hub; try again later.{/when}""")
    String error_status(int status);

    @Message("Administration")
    String admin();

    @Message("Partners")
    String partners();

    @Message("Collections")
    String collections();

    @Message("Audit trail")
    String audit_trail();

    @Message("API keys")
    String api_keys();

    @Message("Issue a key")
    String issue_key();

    @Message("Rotate")
    String rotate();

    @Message("Revoke")
    String revoke();

    @Message("Copy this secret now: it is shown only once and cannot be recovered.")
    String secret_once();

    @Message("The audit chain is intact")
    String chain_valid();

    @Message("The audit chain is broken")
    String chain_broken();

    @Message("{count} {#if count == 1}event{#else}events{/if} checked")
    String events_checked(long count);

    @Message("May submit objects and sightings")
    String can_write();

    @Message("May manage webhooks")
    String can_subscribe();

    @Message("Expires on")
    String expires();

    @Message("TLP ceiling")
    String tlp_ceiling();

    @Message("STIX types (comma-separated, empty = all)")
    String object_types();

    @Message("Accepts partner writes")
    String accepts_writes();

    @Message("Only what names the reader")
    String addressed_only();

    @Message("Country")
    String country();

    @Message("Name")
    String name();

    @Message("Id")
    String identifier();

    @Message("Add or update")
    String add_or_update();

    @Message("From")
    String from_revision();

    @Message("To")
    String to_revision();

    @Message("Added")
    String added();

    @Message("Removed")
    String removed();

    @Message("Changed")
    String changed();

    @Message("Text changes")
    String text_changes();

    @Message("Recent sightings of our indicators")
    String recent_sightings();

    @Message("Threat actors")
    String threat_actor_catalog();

    @Message("Add a threat actor")
    String add_actor();

    @Message("Aliases (one per line)")
    String aliases();

    @Message("Attributed to")
    String attributed_to();

    @Message("Reviews due")
    String reviews_due();

    @Message("Indicators running out")
    String indicators_running_out();

    @Message("overdue")
    String overdue();

    @Message("More in the API: /api/v1/reviews")
    String more_reviews();

    @Message("Last used")
    String last_used();

    @Message("Revoked")
    String revoked();

    @Message("When")
    String when();

    @Message("Who")
    String actor();

    @Message("Action")
    String action();

    @Message("Edit")
    String edit();

    @Message("Recipients for TLP:RED and AMBER+STRICT (comma-separated organization ids)")
    String recipients();

    @Message("Remove")
    String remove();

    @Message("Review by (empty: the default period after each publication)")
    String review_by();

    @Message("Valid from (RFC 3339 or a date)")
    String valid_from();

    @Message("Valid until (RFC 3339 or a date)")
    String valid_until();

    @Message("Confidence (0–100)")
    String confidence();

    @Message("Description")
    String description();

    @Message("Source")
    String source();

    @Message("Source URL")
    String source_url();

    @Message("Find advisories")
    String find_advisories();

    @Message("Words in the title, summary or body, or an advisory id")
    String search_text();

    @Message("Threat actor (name, alias or ATT&CK id)")
    String search_actor();

    @Message("Indicator value (any spelling, defanged too)")
    String search_indicator();

    @Message("Co-author")
    String coauthor();

    @Message("Any")
    String any();

    @Message("Search")
    String search();

    @Message("Next page")
    String next_page();

    @Message("Updated")
    String updated();

    @Message("No Korean translation")
    String no_translation();

    @Message("Advisories found")
    String results();

    @Message("Withdraw")
    String withdraw();

    @Message("Withdraw {id}?")
    String withdraw_heading(String id);

    @Message(
            "Every partner is told the advisory no longer holds: TAXII serves its objects as revoked, the feeds mark its indicators deleted, screening reports them as withdrawn and webhook subscribers are notified. Its revisions stay on record. This cannot be undone.")
    String withdraw_explained();

    @Message("Reason (partners read it)")
    String withdraw_reason();

    @Message("Withdraw the advisory")
    String confirm_withdraw();

    @Message("Cancel")
    String cancel();

    @Message("Withdrawn on {at} by {by}")
    String withdrawn_on(String at, String by);

    @Message("revision {number}")
    String revision_number(int number);

    @Message("Review")
    String review_thread();

    @Message("Changes requested")
    String changes_requested();

    @Message("No comments yet.")
    String no_comments();

    @Message("Add the comment")
    String add_comment();

    @Message("My account")
    String my_account();

    @Message("Time zone")
    String time_zone();

    @Message("Times in the console are shown in")
    String time_zone_hint();

    @Message("Default of the language (English: UTC, Korean: Asia/Seoul)")
    String time_zone_default();

    @Message("Key id")
    String key_id();

    @Message("Secret")
    String secret();

    @Message("Bearer token")
    String bearer_token();

    @Message("writes")
    String may_write();

    @Message("webhooks")
    String may_subscribe();

    @Message("Webhooks")
    String webhooks();

    @Message("Webhook")
    String webhook();

    @Message("Deliveries")
    String deliveries();

    @Message("Events")
    String events();

    @Message("Event")
    String event();

    @Message("Attempts")
    String attempts();

    @Message("Last error")
    String last_error();

    @Message("Replay")
    String replay();

    @Message("replay")
    String replayed();

    @Message("Back to the partner")
    String back_to_partner();

    @Message(
            "{#when status}{#is 'pending'}Pending{#is 'delivered'}Delivered{#is 'failed'}Failed (dead letter){#else}{status}{/when}")
    String delivery_status(String status);

    @Message("Organizations")
    String organizations();

    @Message("Korean name")
    String korean_name();

    @Message("An organization with an id that exists is updated; ids never change.")
    String organization_form_hint();

    @Message("Officials")
    String officials();

    @Message("Add an official")
    String add_official();

    @Message("Display name")
    String display_name();

    @Message("Organization")
    String organization();

    @Message("Roles")
    String roles();

    @Message("Drafter: writes advisories and indicators")
    String role_drafter();

    @Message("Reviewer: reviews and requests changes")
    String role_reviewer();

    @Message("Publisher: signs off, publishes and withdraws")
    String role_publisher();

    @Message("Administrator: accounts, partners, keys, collections, audit")
    String role_admin();

    @Message(
            "{#when role}{#is 'drafter'}drafter{#is 'reviewer'}reviewer{#is 'publisher'}publisher{#is 'admin'}administrator{#else}{role}{/when}")
    String role(String role);

    @Message("May sign in")
    String account_enabled();

    @Message("Active")
    String account_active();

    @Message("Disabled")
    String account_disabled();

    @Message("Initial password")
    String initial_password();

    @Message("New password (a reset; leave empty to keep the current one)")
    String reset_password();

    @Message("Saving ends the official's sessions everywhere; they sign in again with the new roles or password.")
    String reset_password_hint();

    @Message("Sightings")
    String sightings();

    @Message(
            "{sightings} {#if sightings == 1}sighting{#else}sightings{/if} reported by {partners} {#if partners == 1}partner{#else}partners{/if}")
    String sightings_total(long sightings, long partners);

    @Message("Sightings per day, last {days} days (UTC)")
    String sightings_per_day(int days);

    @Message("Publications per day, last {days} days (UTC)")
    String publications_per_day(int days);

    @Message("Most-sighted indicators")
    String most_sighted();

    @Message("Other partners")
    String others();

    @Message("Show as a table")
    String as_table();

    @Message("Day (UTC)")
    String day_utc();

    @Message("Series")
    String series();

    @Message("Count")
    String count();

    @Message("Publications")
    String publications();

    @Message("Activity")
    String activity();

    @Message("r{from} → r{to}")
    String revision_range(int from, int to);

    @Message("version {number}")
    String version_number(long number);

    @Message("one per line")
    String format_lines();

    @Message("From a file")
    String from_file();

    @Message("Format")
    String format();

    @Message("Alias")
    String alias();

    @Message("""
            {#when field}{#is 'title'}Title{#is 'summary'}Summary{#is 'body'}Body{#is 'tlp'}TLP\
            {#is 'coauthors'}Co-authors{#is 'threatActors'}Threat actors{#is 'techniques'}ATT&CK techniques\
            {#is 'references'}References{#is 'translations'}Translations{#is 'recipients'}Recipients\
            {#is 'reviewBy'}Review by{#is 'value'}Value{#is 'asset'}Asset{#is 'fileName'}File name\
            {#is 'validFrom'}Valid from{#is 'validUntil'}Valid until{#is 'confidence'}Confidence\
            {#is 'description'}Description{#is 'sourceName'}Source{#is 'sourceUrl'}Source URL{#else}{field}{/when}""")
    String field_name(String field);

    @Message("Advisory Hub: public advisories")
    String public_title();

    @Message("Public advisories (TLP:CLEAR)")
    String public_advisories();

    @Message(
            "Joint threat advisories the authoring agencies released for everyone (TLP:CLEAR), with their indicators and sources. Partners receive them as STIX 2.1 over TAXII 2.1 too.")
    String public_intro();

    @Message("Officials' sign-in")
    String officials_sign_in();

    @Message("Atom feed of publications and amendments")
    String public_feed();

    @Message("Only TLP:CLEAR content is published here. Check the sources before acting on an indicator.")
    String public_footer();

    @Message("Withdrawn on {at}: its indicators no longer apply.")
    String public_withdrawn(String at);

    @Message("Copy")
    String copy();

    @Message("Downloads")
    String downloads();

    @Message("Indicators as CSV")
    String download_csv();

    @Message("Sources")
    String sources();

    @Message("Copy {value}")
    String copy_value(String value);

    /** Labels of enum constants: keys {@code advisory_status_$DRAFT} and so on (Qute separates the constant with {@code _$} when a constant of the enum has an underscore, {@code _} otherwise), in {@code msg_en} and {@code msg_ko}. */
    @Message
    String advisory_status(AdvisoryStatus status);

    @Message
    String indicator_kind(IndicatorKind kind);

    @Message
    String organization_kind(OrganizationKind kind);

    @Message
    String bulk_status(BulkItemResult.Status status);

    @Message("Take in STIX")
    String intake();

    @Message("Take in a STIX bundle")
    String intake_title();

    @Message(
            "Paste or upload a STIX 2.1 bundle from another government or a vendor. Check shows what the hub can take from it; nothing is saved until you create the draft or add to one.")
    String intake_intro();

    @Message("STIX 2.1 bundle (JSON)")
    String intake_bundle();

    @Message("Add to the draft (advisory id; empty for a new draft)")
    String intake_into();

    @Message("Create the draft")
    String intake_create();

    @Message("Add to the draft")
    String intake_add();

    @Message("What the draft takes")
    String intake_draft();

    @Message("The bundle states no TLP level: the draft starts at AMBER until you choose one.")
    String intake_tlp_unstated();

    @Message("Not in the threat-actor catalog")
    String intake_unknown_actors();

    @Message("Not taken")
    String intake_not_taken();

    @Message("Already published in")
    String intake_published_in();

    @Message("Source object")
    String source_object();

    @Message("Creators")
    String creators();

    @Message("Type")
    String object_type();

    @Message("Reason")
    String reason();

    @Message(
            "{objects} objects: {added} new indicators, {merged} already in the draft, {duplicates} repeated, {invalid} invalid; {published} already published elsewhere")
    String intake_counts(int objects, int added, int merged, int duplicates, int invalid, int published);

    @Message
    String submission_source(org.advisoryhub.intake.dto.SubmissionChoice.Source source);

    @Message("Add from partner submissions")
    String submissions_title();

    @Message(
            "Values partners gave that this advisory does not have yet: indicators they submitted, and what they reported seeing with this advisory's indicators. A value keeps the level the partner gave it; it can go only into an advisory at that level or a stricter one.")
    String submissions_intro();

    @Message("Partners have given nothing this advisory lacks.")
    String submissions_none();

    @Message("{inAdvisory} values partners gave are in the advisory already; {invalid} are not valid indicators.")
    String submissions_counts(int inAdvisory, int invalid);

    @Message("Add the selected values")
    String add_selected();

    @Message("Select {value}")
    String select_value(String value);

    @Message("Other names (one per line)")
    String persona_aliases();

    @Message("Accounts the persona uses (one per line, as added: linkedin:jane-doe, +82 10-2345-6789)")
    String persona_accounts();

    @Message("Also known as")
    String also_known_as();

    @Message("Uses")
    String uses();
}
