//! `i18n ids`: gives every choice without an `id:` one, written into the scenario file in place,
//! so a translation follows its choice when the choices are reordered.

use super::super::locate::{Seg, locate_within, scene_index};
use crate::phrase;
use crate::sim::diagnostic::Phrase;
use crate::sim::model::{Scenario, SceneNode};
use crate::sim::source::{SourceFile, parse_scenario};

/// The file's text with an `id:` added to every choice that has none, or `None` when every
/// choice has one. A choice gets its current number in the scene (the key its translations
/// already have), or the next number free in that scene; the file is otherwise unchanged. The
/// new text is read back before it is given: it must parse, name every choice, and keep every
/// translation key, or the reason is the error (to be said in the language in use) and nothing
/// should be written.
pub fn with_choice_ids(file: &SourceFile, scenario: &Scenario) -> Result<Option<String>, Phrase> {
    let unclean = |reason: Phrase| phrase!("overlays-ids-unclean", reason = reason);
    let Some(text) = inserted(file, scenario) else { return Ok(None) };
    let again = parse_scenario(&SourceFile::new(file.path.as_str(), text.as_str())).map_err(|d| unclean(d.message))?;
    let named = again.scenes.0.iter().all(|(_, node)| match node {
        SceneNode::Scene(scene) => scene.choices.iter().all(|c| !c.id.is_empty()),
        SceneNode::Ending(_) => true,
    });
    if !named || super::entries(&again) != super::entries(scenario) {
        return Err(unclean(phrase!("overlays-ids-choice-not-found")));
    }
    Ok(Some(text))
}

fn inserted(file: &SourceFile, scenario: &Scenario) -> Option<String> {
    let scenes = scene_index(&file.text);
    let mut inserts: Vec<(usize, String)> = Vec::new();
    for (scene_id, node) in &scenario.scenes.0 {
        let SceneNode::Scene(scene) = node else { continue };
        let Some((_, value)) = scenes.get(scene_id) else { continue };
        let mut taken: Vec<String> = scene.choices.iter().filter(|c| !c.id.is_empty()).map(|c| c.id.clone()).collect();
        for (i, choice) in scene.choices.iter().enumerate() {
            if !choice.id.is_empty() {
                continue;
            }
            let range = locate_within(&file.text, value.clone(), &[Seg::Field("choices"), Seg::Index(i)]);
            let Some(open) = file.text[range.clone()].find('(').map(|o| range.start + o + 1) else { continue };
            let id = (i + 1..).map(|n| n.to_string()).find(|n| !taken.contains(n)).unwrap_or_default();
            taken.push(id.clone());
            let gap: String = file.text[open..].chars().take_while(|c| c.is_whitespace()).collect();
            let insert = if gap.contains('\n') { format!("{gap}id: \"{id}\",") } else { format!("id: \"{id}\", ") };
            inserts.push((open, insert));
        }
    }
    if inserts.is_empty() {
        return None;
    }
    let mut text = file.text.clone();
    inserts.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    for (at, insert) in inserts {
        text.insert_str(at, &insert);
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::i18n::entries;

    #[test]
    fn ids_are_added_where_missing_and_keep_every_key() {
        let text = std::fs::read_to_string("tests/fixtures/library/birthday-gift.scenario.ron").unwrap();
        let file = SourceFile::new("b.scenario.ron", text);
        let before = parse_scenario(&file).unwrap();
        let with_ids = with_choice_ids(&file, &before).unwrap().expect("the fixture's choices have no ids");
        let after = parse_scenario(&SourceFile::new("b.scenario.ron", with_ids.as_str())).unwrap();
        assert_eq!(entries(&before), entries(&after), "every translation key stays as it was");
        let ids: Vec<String> = after
            .scenes
            .0
            .iter()
            .flat_map(|(_, n)| match n {
                SceneNode::Scene(s) => s.choices.iter().map(|c| c.id.clone()).collect(),
                SceneNode::Ending(_) => Vec::new(),
            })
            .collect();
        assert!(ids.iter().all(|id| !id.is_empty()), "{ids:?}");
        assert_eq!(
            with_choice_ids(&SourceFile::new("b", with_ids.as_str()), &after),
            Ok(None),
            "a second run changes nothing"
        );

        // Reordering two choices with ids keeps their keys with them.
        let swapped = with_ids.replacen("id: \"1\"", "id: \"x\"", 1).replacen("id: \"2\"", "id: \"1\"", 1).replacen(
            "id: \"x\"",
            "id: \"2\"",
            1,
        );
        let keys: Vec<String> =
            entries(&parse_scenario(&SourceFile::new("b", swapped)).unwrap()).into_iter().map(|e| e.key).collect();
        assert!(keys.iter().any(|k| k.ends_with(".choice.2.say")) && keys.iter().any(|k| k.ends_with(".choice.1.say")));
    }
}
