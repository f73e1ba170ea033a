# The validate problems (see src/sim): what the checks on the catalog and on each scenario report.
# Each code has a message, a `-label` under the caret and a `-hint` after `help:`.

## Texts that must not be empty (src/sim/validate/mod.rs)

# $what: which text is empty, a key: strategy-name, strategy-summary, strategy-why, mistake-name,
# mistake-why, scenario-id, title, setting, customer-name, customer-about, reflection-question,
# ending-text, situation, customer-line, choice-say, choice-feedback.
validate-empty-text = { $what ->
        [strategy-name] strategy name
        [strategy-summary] strategy summary
        [strategy-why] strategy `why`
        [mistake-name] mistake name
        [mistake-why] mistake `why`
        [scenario-id] scenario id
        [title] title
        [setting] setting
        [customer-name] customer name
        [customer-about] customer `about`
        [reflection-question] reflection question
        [ending-text] ending text
        [situation] situation
        [customer-line] customer line
        [choice-say] choice's `say`
        [choice-feedback] choice's `feedback`
       *[other] text
    } is empty
validate-empty-text-label = write something here
# $what: which text is empty (the keys of validate-empty-text).
validate-empty-text-hint = give the { $what ->
        [strategy-name] strategy name
        [strategy-summary] strategy summary
        [strategy-why] strategy `why`
        [mistake-name] mistake name
        [mistake-why] mistake `why`
        [scenario-id] scenario id
        [title] title
        [setting] setting
        [customer-name] customer name
        [customer-about] customer `about`
        [reflection-question] reflection question
        [ending-text] ending text
        [situation] situation
        [customer-line] customer line
        [choice-say] choice's `say`
        [choice-feedback] choice's `feedback`
       *[other] text
    } some text; trainees see it

## Across files (src/sim/validate/mod.rs)

# $id: the scenario id; $earlier: the file that used it first.
validate-duplicate-scenario-id = scenario id `{ $id }` is already used by { $earlier }
validate-duplicate-scenario-id-label = same id
validate-duplicate-scenario-id-hint = scenario ids must be unique across files; use the file name without `.scenario.ron`

## The catalog, strategies.ron (src/sim/validate/catalog.rs)

# $id: the id used twice; $kind: what used it first, `strategy` or `mistake`.
validate-duplicate-id = the id `{ $id }` is already used by a { $kind ->
        [mistake] mistake
       *[strategy] strategy
    }
validate-duplicate-id-label = second use
validate-duplicate-id-hint = every strategy and mistake needs its own id
# $id: the strategy's id.
validate-no-sources-strategy = strategy `{ $id }` cites no source
validate-no-sources-strategy-hint = add the seed article file names that recommend it, e.g. `sources: ["002_578dc5738e1d4239.txt"]`
# $id: the mistake's id.
validate-no-sources-mistake = mistake `{ $id }` cites no source
validate-no-sources-mistake-hint = add the seed article file names that warn against it
validate-no-sources-label = no `sources`
# $penalty: the penalty written.
validate-penalty-out-of-range = penalty { $penalty } is outside 1..=100
validate-penalty-out-of-range-label = out of range
validate-penalty-out-of-range-hint = a penalty is the points a mistake takes off a scene score: 1 to 100

## A scenario's own fields (src/sim/validate/scenario.rs)

# $mood: the starting mood written.
validate-mood-out-of-range-start = starting mood { $mood } is outside 1..=100
validate-mood-out-of-range-start-hint = mood runs from 0 (furious: the customer walks out) to 100 (calm); start between 1 and 100
# $mood: the mood change a choice makes.
validate-mood-out-of-range-change = mood change { $mood } is outside -100..=100
validate-mood-out-of-range-change-hint = a choice moves the mood by -100 to 100; -20..-40 is already a bad moment
validate-mood-out-of-range-label = out of range
validate-no-learning-goals = no `learning_goals` for trainers
validate-no-learning-goals-label = this scenario
validate-no-learning-goals-hint = add `learning_goals: "what this scenario practices",` so trainers know when to use it
validate-no-reflection = no `reflection` questions for the debrief
validate-no-reflection-label = this scenario
validate-no-reflection-hint = add 2-3 questions, e.g. `reflection: ["When did the customer's tone change?"],`

## Scenes and their links (src/sim/validate/scenario.rs)

# $ids: scene ids, separated by commas.
validate-scene-ids = { $ids }
# $ids: the first scene ids, separated by commas; $count: how many scenes there are in all.
validate-scene-ids-cut = { $ids }, ... ({ $count } in all)
# $id: the scene id.
validate-duplicate-scene = scene id `{ $id }` is used twice
validate-duplicate-scene-label = this id appears again further down
validate-duplicate-scene-hint = rename one of the scenes; ids must be unique within a scenario
# $start: the scene `start` names.
validate-start-is-ending = `start` names `{ $start }`, an ending
validate-start-is-ending-label = an Ending cannot start a scenario
validate-start-is-ending-hint = point `start` at the first decision scene
# $start: what `start` names.
validate-unknown-start = `start` names no scene: `{ $start }`
validate-unknown-start-label = no such scene
# $near: the scene id closest to what was written.
validate-unknown-start-hint-near = did you mean `{ $near }`?
# $ids: the file's scene ids (validate-scene-ids or validate-scene-ids-cut).
validate-unknown-start-hint-list = scene ids in this file: { $ids }
# $id: the scene id.
validate-no-variants = scene `{ $id }` has no `customer_says` lines
validate-no-variants-label = empty list
validate-no-variants-hint = add at least one thing the customer says; two or more variants keep replays fresh
# $id: the scene id.
validate-no-recommended = scene `{ $id }` recommends no strategy
validate-no-recommended-label = empty list
validate-no-recommended-hint = name the strategies that fit this moment, e.g. `recommended: [listen_actively, empathize]`; scores are the share of these a choice uses
# $id: the scene id.
validate-no-choices = scene `{ $id }` has no choices
validate-no-choices-label = empty list
validate-no-choices-hint = give the trainee 2-4 responses; a scene that ends the story is an `Ending(outcome: ..., text: ...)`
# $id: the scene id.
validate-single-choice = scene `{ $id }` has only one choice
validate-single-choice-label = no real decision
validate-single-choice-hint = add a tempting wrong answer a new hire might really give
# $first, $second: the two choices' numbers in the scene; $scene: the scene id; $name: the name they share.
validate-duplicate-choice-id = choices { $first } and { $second } of scene `{ $scene }` are both named `{ $name }`
validate-duplicate-choice-id-label = the same name as another choice here
validate-duplicate-choice-id-hint = give each choice in a scene its own `id:` (a choice without one is named by its number)
# $next: what `next` names.
validate-unknown-next = `next` names no scene: `{ $next }`
validate-unknown-next-label = no such scene
# $near: the scene id closest to what was written.
validate-unknown-next-hint-near = did you mean `{ $near }`?
# $next: what `next` names; $ids: the file's scene ids (validate-scene-ids or validate-scene-ids-cut).
validate-unknown-next-hint-list = add a scene `"{ $next }": Scene(...)` or an `Ending(...)`, or point `next` at one of: { $ids }
validate-no-walkout-ending = no `Ending(outcome: Walkout, ...)`
validate-no-walkout-ending-label = in these scenes
validate-no-walkout-ending-hint = when the mood reaches 0 the customer walks out; add a Walkout ending so the trainee sees how it ends

## Strategy and mistake ids a scene names (src/sim/validate/scenario.rs)

# $id: the id written.
validate-unknown-strategy = unknown strategy `{ $id }`
validate-unknown-strategy-label = not in strategies.ron
# $id: the id written, a mistake in the catalog.
validate-unknown-strategy-hint-is-mistake = `{ $id }` is a mistake in the catalog; list it under `mistakes` instead
# $near: the strategy id closest to what was written; $id: the id written.
validate-unknown-strategy-hint-near = did you mean `{ $near }`? (or add `{ $id }` to strategies.ron)
# $ids: the catalog's strategy ids, separated by commas.
validate-unknown-strategy-hint-list = known strategy ids: { $ids }
# $id: the id written.
validate-unknown-mistake = unknown mistake `{ $id }`
validate-unknown-mistake-label = not a mistake in strategies.ron
# $id: the id written, a strategy in the catalog.
validate-unknown-mistake-hint-is-strategy = `{ $id }` is a strategy in the catalog; list it under `uses`/`recommended` instead
# $near: the mistake id closest to what was written; $id: the id written.
validate-unknown-mistake-hint-near = did you mean `{ $near }`? (or add `{ $id }` to strategies.ron)
# $ids: the catalog's mistake ids, separated by commas.
validate-unknown-mistake-hint-list = known mistake ids: { $ids }

## The scene graph (src/sim/validate/graph.rs)

# $id: the scene id.
validate-unreachable-scene = scene `{ $id }` cannot be reached from `start`
validate-unreachable-scene-label = no `next` leads here
# $id: the scene id.
validate-unreachable-scene-hint = point some choice's `next` at "{ $id }", or delete the scene
# $id: the scene id.
validate-no-ending-reachable = no ending can be reached from scene `{ $id }`
validate-no-ending-reachable-label = every path from here loops
validate-no-ending-reachable-hint = give at least one choice on this path a `next` that leads to an `Ending(...)`

## The best run (src/sim/validate/scenario.rs)

validate-no-complete-run = no run from `start` reaches an ending
validate-no-complete-run-label = starts here
validate-no-complete-run-hint = check the `next` links and mood changes: every path walks out or loops
# $score: the best run's score.
validate-best-path-below-100 = the best achievable run scores { $score }, not 100
# $score: the best choice's score in this scene.
validate-best-path-below-100-label = best choice here scores { $score }
# $scene: the scene id.
validate-best-path-below-100-hint = in scene `{ $scene }`, give one choice every `recommended` strategy and no mistakes, so a trainee who does everything right can reach 100

## The channel (src/sim/validate/channel.rs)

validate-no-channel = no `channel`: the select screen cannot filter this scenario
validate-no-channel-label = this scenario
validate-no-channel-hint = add `channel: Phone,` (one of InPerson, Phone, Chat, Email, Video) after `difficulty`
# $id: the strategy or mistake id; $role: how the scene names it, `recommended`, `used` or `mistake`;
# $channel: the scenario's channel (a select-channel-* word).
validate-channel-mismatch = `{ $id }` { $role ->
        [recommended] is recommended
        [used] is used
       *[mistake] is a mistake made
    }, but this scenario happens by { $channel }
# $channels: the channels it fits (validate-channel-list).
validate-channel-mismatch-label = only fits: { $channels }
# $id: the strategy or mistake id; $channels: the channels it fits (validate-channel-list).
validate-channel-mismatch-hint = strategies.ron limits `{ $id }` to { $channels }; pick what this channel allows, or change the scenario's `channel`
# A list of channel words, one pair at a time: $first is a channel word, $rest the others.
validate-channel-list = { $first }, { $rest }
