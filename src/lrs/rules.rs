//! The xAPI 1.0.3 rules a Learning Record Store holds a statement to (required properties,
//! IRIs, UUIDs, language maps, score ranges, ISO 8601 durations and timestamps, interaction
//! types). The tests hold every statement the store exports or queues to them, so an LRS never
//! has to refuse one of ours.
//! Every problem is collected, each with the path of the property it is about.

use serde_json::Value;

use super::formats::{is_duration, is_iri, is_language_tag, is_timestamp, is_uuid};

const STATEMENT_KEYS: [&str; 11] = [
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
];
const INTERACTION_TYPES: [&str; 10] = [
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
];
const CONTEXT_ACTIVITY_KEYS: [&str; 4] = ["parent", "grouping", "category", "other"];

/// Every way the statement breaks the xAPI 1.0.3 rules; empty when an LRS must accept it.
pub fn check(statement: &Value) -> Vec<String> {
    let mut problems = Problems(Vec::new());
    let Some(s) = statement.as_object() else {
        return vec!["a statement must be a JSON object".into()];
    };
    for key in s.keys().filter(|k| !STATEMENT_KEYS.contains(&k.as_str())) {
        problems.add(key, "is not a statement property (an LRS refuses unknown properties)");
    }
    if let Some(id) = s.get("id") {
        problems.uuid("id", id);
    }
    match s.get("actor") {
        Some(actor) => problems.agent("actor", actor),
        None => problems.add("actor", "is required"),
    }
    match s.get("verb").and_then(Value::as_object) {
        Some(verb) => {
            problems.required_iri("verb.id", verb.get("id"));
            if let Some(display) = verb.get("display") {
                problems.language_map("verb.display", display);
            }
        }
        None => problems.add("verb", "is required, as an object with an id"),
    }
    match s.get("object") {
        Some(object) => problems.activity("object", object),
        None => problems.add("object", "is required"),
    }
    if let Some(result) = s.get("result") {
        problems.result(result);
    }
    if let Some(context) = s.get("context") {
        problems.context(context);
    }
    if let Some(timestamp) = s.get("timestamp")
        && !timestamp.as_str().is_some_and(is_timestamp)
    {
        problems.add("timestamp", "must be an ISO 8601 date and time with a time zone");
    }
    problems.0
}

struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, path: &str, what: &str) {
        self.0.push(format!("{path} {what}"));
    }

    fn uuid(&mut self, path: &str, value: &Value) {
        if !value.as_str().is_some_and(is_uuid) {
            self.add(path, "must be a UUID (8-4-4-4-12 hexadecimal digits, RFC 4122 variant)");
        }
    }

    fn required_iri(&mut self, path: &str, value: Option<&Value>) {
        match value {
            None => self.add(path, "is required"),
            Some(v) if !v.as_str().is_some_and(is_iri) => self.add(path, "must be an IRI (scheme:rest, no spaces)"),
            Some(_) => {}
        }
    }

    fn language_map(&mut self, path: &str, value: &Value) {
        let Some(map) = value.as_object() else {
            return self.add(path, "must be a language map (an object of language tags to strings)");
        };
        for (tag, text) in map {
            if !is_language_tag(tag) {
                self.add(&format!("{path}.{tag}"), "is not an RFC 5646 language tag");
            }
            if !text.is_string() {
                self.add(&format!("{path}.{tag}"), "must be a string");
            }
        }
    }

    fn extensions(&mut self, path: &str, value: &Value) {
        let Some(map) = value.as_object() else { return self.add(path, "must be an object") };
        for key in map.keys().filter(|k| !is_iri(k)) {
            self.add(&format!("{path}.{key}"), "is not an IRI (extension keys must be IRIs)");
        }
    }

    fn agent(&mut self, path: &str, value: &Value) {
        let Some(agent) = value.as_object() else { return self.add(path, "must be an object") };
        match agent.get("objectType").and_then(Value::as_str) {
            None | Some("Agent") | Some("Group") => {}
            Some(other) => self.add(&format!("{path}.objectType"), &format!("is {other:?}, not Agent or Group")),
        }
        let identifiers =
            ["mbox", "mbox_sha1sum", "openid", "account"].iter().filter(|k| agent.contains_key(**k)).count();
        let is_group = agent.get("objectType").and_then(Value::as_str) == Some("Group");
        if identifiers != 1 && !(is_group && identifiers == 0) {
            self.add(path, "must have exactly one identifier: mbox, mbox_sha1sum, openid or account");
        }
        if let Some(mbox) = agent.get("mbox")
            && !mbox.as_str().is_some_and(|m| m.starts_with("mailto:") && m.contains('@'))
        {
            self.add(&format!("{path}.mbox"), "must be a mailto: address");
        }
        if let Some(account) = agent.get("account") {
            let Some(account) = account.as_object() else {
                return self.add(&format!("{path}.account"), "must be an object");
            };
            self.required_iri(&format!("{path}.account.homePage"), account.get("homePage"));
            if account.get("name").and_then(Value::as_str).is_none_or(|n| n.is_empty()) {
                self.add(&format!("{path}.account.name"), "is required, as a non-empty string");
            }
        }
        if agent.get("name").is_some_and(|n| !n.is_string()) {
            self.add(&format!("{path}.name"), "must be a string");
        }
    }

    fn activity(&mut self, path: &str, value: &Value) {
        let Some(activity) = value.as_object() else { return self.add(path, "must be an object") };
        match activity.get("objectType").and_then(Value::as_str) {
            None | Some("Activity") => {}
            Some(other) => {
                return self.add(&format!("{path}.objectType"), &format!("is {other:?}; only activities are sent"));
            }
        }
        self.required_iri(&format!("{path}.id"), activity.get("id"));
        if let Some(definition) = activity.get("definition") {
            self.definition(&format!("{path}.definition"), definition);
        }
    }

    fn definition(&mut self, path: &str, value: &Value) {
        let Some(d) = value.as_object() else { return self.add(path, "must be an object") };
        for key in ["name", "description"] {
            if let Some(map) = d.get(key) {
                self.language_map(&format!("{path}.{key}"), map);
            }
        }
        if let Some(kind) = d.get("type") {
            self.required_iri(&format!("{path}.type"), Some(kind));
        }
        if let Some(extensions) = d.get("extensions") {
            self.extensions(&format!("{path}.extensions"), extensions);
        }
        let interaction = d.get("interactionType").map(|t| t.as_str().unwrap_or_default());
        if let Some(kind) = interaction.filter(|k| !INTERACTION_TYPES.contains(k)) {
            self.add(&format!("{path}.interactionType"), &format!("is {kind:?}, not an xAPI interaction type"));
        }
        for list in ["choices", "scale", "source", "target", "steps"] {
            let Some(components) = d.get(list) else { continue };
            if interaction.is_none() {
                self.add(&format!("{path}.{list}"), "needs an interactionType");
            }
            self.components(&format!("{path}.{list}"), components);
        }
        if let Some(pattern) = d.get("correctResponsesPattern")
            && !pattern.as_array().is_some_and(|p| p.iter().all(Value::is_string))
        {
            self.add(&format!("{path}.correctResponsesPattern"), "must be an array of strings");
        }
    }

    fn components(&mut self, path: &str, value: &Value) {
        let Some(items) = value.as_array() else { return self.add(path, "must be an array") };
        let mut ids = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let here = format!("{path}[{i}]");
            match item.get("id").and_then(Value::as_str) {
                Some(id) if !id.is_empty() && !id.contains(char::is_whitespace) => {
                    if ids.contains(&id) {
                        self.add(&format!("{here}.id"), "repeats an earlier id");
                    }
                    ids.push(id);
                }
                _ => self.add(&format!("{here}.id"), "is required, as a string without spaces"),
            }
            if let Some(description) = item.get("description") {
                self.language_map(&format!("{here}.description"), description);
            }
        }
    }

    fn result(&mut self, value: &Value) {
        let Some(r) = value.as_object() else { return self.add("result", "must be an object") };
        if let Some(score) = r.get("score") {
            self.score(score);
        }
        for flag in ["success", "completion"] {
            if r.get(flag).is_some_and(|f| !f.is_boolean()) {
                self.add(&format!("result.{flag}"), "must be true or false");
            }
        }
        if r.get("response").is_some_and(|f| !f.is_string()) {
            self.add("result.response", "must be a string");
        }
        if let Some(duration) = r.get("duration")
            && !duration.as_str().is_some_and(is_duration)
        {
            self.add("result.duration", "must be an ISO 8601 duration (e.g. PT12.5S)");
        }
        if let Some(extensions) = r.get("extensions") {
            self.extensions("result.extensions", extensions);
        }
    }

    fn score(&mut self, value: &Value) {
        let Some(score) = value.as_object() else { return self.add("result.score", "must be an object") };
        let number = |k: &str| score.get(k).map(Value::as_f64);
        for key in ["scaled", "raw", "min", "max"] {
            if number(key) == Some(None) {
                self.add(&format!("result.score.{key}"), "must be a number");
            }
        }
        if let Some(Some(scaled)) = number("scaled")
            && !(-1.0..=1.0).contains(&scaled)
        {
            self.add("result.score.scaled", "must be between -1 and 1");
        }
        let (raw, min, max) = (number("raw").flatten(), number("min").flatten(), number("max").flatten());
        if let (Some(min), Some(max)) = (min, max)
            && min >= max
        {
            self.add("result.score.min", "must be less than max");
        }
        if let Some(raw) = raw
            && (min.is_some_and(|m| raw < m) || max.is_some_and(|m| raw > m))
        {
            self.add("result.score.raw", "must lie between min and max");
        }
    }

    fn context(&mut self, value: &Value) {
        let Some(c) = value.as_object() else { return self.add("context", "must be an object") };
        if let Some(registration) = c.get("registration") {
            self.uuid("context.registration", registration);
        }
        if let Some(instructor) = c.get("instructor") {
            self.agent("context.instructor", instructor);
        }
        if let Some(activities) = c.get("contextActivities") {
            self.context_activities(activities);
        }
        for text in ["revision", "platform"] {
            if c.get(text).is_some_and(|t| !t.is_string()) {
                self.add(&format!("context.{text}"), "must be a string");
            }
        }
        if let Some(language) = c.get("language")
            && !language.as_str().is_some_and(is_language_tag)
        {
            self.add("context.language", "must be an RFC 5646 language tag");
        }
        if let Some(extensions) = c.get("extensions") {
            self.extensions("context.extensions", extensions);
        }
    }

    fn context_activities(&mut self, value: &Value) {
        let Some(map) = value.as_object() else { return self.add("context.contextActivities", "must be an object") };
        for (key, activities) in map {
            let path = format!("context.contextActivities.{key}");
            if !CONTEXT_ACTIVITY_KEYS.contains(&key.as_str()) {
                self.add(&path, "is not parent, grouping, category or other");
            }
            match activities {
                Value::Array(list) => {
                    for (i, activity) in list.iter().enumerate() {
                        self.activity(&format!("{path}[{i}]"), activity);
                    }
                }
                single => self.activity(&path, single),
            }
        }
    }
}

/// The statement's own id, for messages.
pub fn id_of(statement: &Value) -> &str {
    statement.get("id").and_then(Value::as_str).unwrap_or("(no id)")
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
