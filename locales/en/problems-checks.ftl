# The validator's training checks (src/sim/checks): scores that cannot be gamed.
# Each check's code is in AUTHORING.md; `-label` is the note under the caret, `-hint` the `help:` line.

## all-or-nothing

# $scene: the scene's id; $count: how many such scenes the scenario has (2 or more).
checks-all-or-nothing = every choice in scene `{ $scene }` scores 100 or 0, nothing between ({ $count } such scenes here; one is the most)
checks-all-or-nothing-label = all or nothing
checks-all-or-nothing-hint = give a tempting choice part of the recommended strategies (partial credit), or a mistake whose penalty shows, so the scores tell a near miss from a bad answer

## surface-tell: the best answer gives itself away in more than half of the decision scenes

# $count: the scenes where the best answer stands out so; $scenes: the decision scenes with two or more choices.
checks-surface-tell-longest = the best answer is the longest one in { $count } of { $scenes } decision scenes
checks-surface-tell-longest-hint = make a wrong answer the longest in some scenes (a rambling policy quote), and keep some best answers short
# $count, $scenes: as above.
checks-surface-tell-stage-direction = the best answer is the only one with a stage direction in { $count } of { $scenes } decision scenes
checks-surface-tell-stage-direction-hint = give wrong answers stage directions too (`act: "Cut in"`), or drop the direction from the best one
# $count, $scenes: as above.
checks-surface-tell-empathy = the best answer is the only one with apology or empathy words in { $count } of { $scenes } decision scenes
checks-surface-tell-empathy-hint = let a wrong answer say sorry too ("Sorry, but the policy is..."), so kind words alone never mark the best
checks-surface-tell-label = pickable without reading

## mistake-pays

# $choice: the choice's number in its scene (from 1); $scene: the scene's id; $mistakes: the
# mistake ids, each in backticks, joined by ", "; $scores: the best run score through this choice;
# $clean: the best through a mistake-free choice; $mood: the customer's mood on arriving.
checks-mistake-pays = choice { $choice } in scene `{ $scene }` makes a mistake ({ $mistakes }) yet its best run from here scores { $scores }, as much as the best mistake-free choice ({ $clean }) with the customer at mood { $mood }
checks-mistake-pays-label = this detour pays
checks-mistake-pays-hint = a mistake must never be a way to the best score: send this choice to a scene that cannot win back full marks, or make the mistake-free choice lead on to as good a run

## penalty-absorbed

# $mistakes: the mistake ids, each in backticks, joined by ", "; $choice: the choice's number in
# its scene (from 1); $scene: the scene's id; $reason: why no score moves (zero, walkout, or both).
checks-penalty-absorbed = the penalty of { $mistakes } in choice { $choice } of scene `{ $scene }` changes no run's score: every run through it { $reason ->
        [zero] already scores 0
        [walkout] is a walkout already held at 49
       *[zero-or-walkout] already scores 0 or is a walkout held at 49
    }
checks-penalty-absorbed-label = costs nothing
checks-penalty-absorbed-hint = a mistake should show in the score: let this choice lead on to a scene where the run can still earn points, rather than straight to a walkout or a dead end

## too-large-to-check

# $states: how many (scene, mood) states the scenario has.
checks-too-large-to-check = { $states } (scene, mood) states are too many for the `mistake-pays` and `penalty-absorbed` checks
checks-too-large-to-check-label = not checked
checks-too-large-to-check-hint = split the scenario into smaller ones, or use fewer distinct mood changes

## gameable (validate --paths): a surface bot scores well without reading

# $from, $to: the first and last seed the bots play; $bots: checks-gameable-bots or, for one bot, checks-gameable-bot.
checks-gameable = playable without reading, over seeds { $from }-{ $to }: { $bots }
# A list of bots: $first: one checks-gameable-bot; $rest: the next checks-gameable-bots, or the last checks-gameable-bot.
checks-gameable-bots = { $first }; { $rest }
# $bot: the bot's name as in the `validate --paths` table (stays as it is); $does: its checks-bot-* phrase;
# $mean: its mean score over the seeds; $best: its highest score; $seed: the seed of that score.
checks-gameable-bot = the `{ $bot }` bot ({ $does }) averages { $mean } and reaches { $best } (seed { $seed })
checks-gameable-label = gameable
checks-gameable-hint = vary which answer is longest and where the best one sits, and give wrong answers stage directions and kind words too; `validate --paths` shows every bot's figures

## What each surface bot does

checks-bot-longest = picks the longest answer
checks-bot-shortest = picks the shortest answer
checks-bot-first = picks the first answer shown
checks-bot-last = picks the last answer shown
checks-bot-stage-direction = picks an answer with a stage direction
checks-bot-empathy = picks the answer with the most apology and empathy words
