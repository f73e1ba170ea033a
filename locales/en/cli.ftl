# The terminal's words: `play` transcripts and what the scoring says in words.
# Each message id is used in src/cli or src/text/words.rs; `{ $name }` are the values put in.

## Words shared by the transcript and the window

difficulty-easy = easy
difficulty-medium = medium
difficulty-hard = hard
outcome-resolved = Resolved
outcome-escalated = Escalated
outcome-unresolved = Unresolved
outcome-walkout = Walkout
grade-a = Excellent: you handled this like a seasoned pro
grade-b = Strong: a few moments to sharpen
grade-c = Developing: the basics are there, keep practicing
grade-d = Needs practice: review the missed strategies
grade-f = Start again: replay and follow the best responses
# A decision's points: "+50 strategy points, -35 for mistakes = +15".
points-earned = +{ $earned } strategy points
points-with-penalty = +{ $earned } strategy points, -{ $penalty } for mistakes = { $net }
# How a run's score was made: "(450 strategy points - 35 for mistakes) / 6 decisions = 69".
score-points = { $earned } strategy points
score-points-with-penalty = ({ $earned } strategy points - { $penalty } for mistakes)
decisions = { $count ->
    [one] { $count } decision
   *[other] { $count } decisions
}
score-divisor-best-path = { $divisor } (the best path's decisions; this run made { $made })
score-below-zero = , below 0 counts as 0
score-walkout-held = , held at { $score }: a walkout cannot pass
score-line = { $points } / { $divisor }{ $below }{ $held } = { $score }

## play: the transcript

transcript-seed = seed { $seed }
transcript-customer = { $name }: { $about } (mood { $mood }/100)
transcript-scene = Scene { $number }: { $id }
transcript-mood = Mood { $mood }/100
transcript-you-chose = You chose { $number }: { $said }
transcript-points = Points: { $points } | mood { $before } -> { $after } ({ $change })
transcript-applied = [applied] { $name }: { $why }
transcript-missed = [missed] { $name }: { $why }
transcript-off-target = [off-target] { $name }: fine in itself, but not what this moment called for.
transcript-mistake = [mistake -{ $penalty }] { $name }: { $why }
transcript-best-here = [best] That was the best response here.
transcript-best = [best { $score }] { $said }
transcript-it-applies = It applies: { $names }.
transcript-walkout = [walkout] The customer's mood hit 0: they have had enough.
transcript-debrief = Debrief
transcript-score = Score { $score }/100 | grade { $letter }: { $label }
transcript-how = How: { $how }
transcript-outcome = Outcome: { $outcome } | final mood { $mood }/100
transcript-path = Path: { $path }
transcript-table-strategy = Strategy
transcript-table-columns = applied  missed  off-target
transcript-mistakes = Mistakes:
transcript-mistake-count = - { $name } x{ $count } (-{ $points } points)
transcript-reflect = Reflect:
transcript-in-english = (This scenario is not translated yet: it plays in English.)
play-prompt = Your response (1-{ $count }, q to quit):
play-stopped = Stopped before the end; replay with --seed { $seed }.
play-type-a-number = Please type a number from 1 to { $count }.
play-replay = Replay this run: hold-the-line play { $file } --seed { $seed } --choices { $choices }
play-resume = You have an unfinished run of this scenario at scene { $scene }. Resume it? [Y/n]
play-changed = You have an unfinished run of this scenario, but the scenario has changed since; starting over.
