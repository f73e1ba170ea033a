# The classroom phone page's words (src/net/phone.html) and the server's sentences to phones.

# Messages without variables that the page shows as it loads are filled in by the server
# (`{{phone-…}}` in phone.html). The page's script builds the rest: the server hands it every
# message with each `{ $name }` left as `{name}` for the script to put the value in. A message
# with plural forms keeps them: the script picks the form for the number.

## The page as it loads

# The game's name: the page title and the bar at the top.
phone-app-name = Hold the Line
phone-session-ended-heading = Session ended
phone-join-heading = Join the class
phone-code-label = Room code (shown on the projector)
phone-name-label = Your name
# The join button (also shown again after a join attempt).
phone-join-button = Join
# Above the quoted line of the room's answer, after a scene was played.
phone-room-said = The room said:
phone-how-voted = How the room voted
phone-debrief-heading = Debrief
phone-path-heading = The room's path
phone-talk-about-it = Talk about it

## Joining

phone-joining = Joining…
phone-code-four-letters = The room code is 4 letters; it is shown on the projector.
phone-type-name = Please type your name.
# $status: the HTTP status number of the failed request.
phone-could-not-join = Could not join (HTTP { $status }).
phone-cannot-reach = Cannot reach the classroom laptop. Check that you are on the same Wi-Fi and try again.
phone-please-join = Please join this session.
phone-please-join-again = Please join this session again.

## The connection

phone-connecting = Connecting…
# A banner while the page lost its connection and is trying again.
phone-reconnecting = Reconnecting…
# $name: the name the participant joined with (top right).
phone-you-are = You are { $name }
phone-scenario-over = The scenario is over.
phone-waiting-next-scene = Waiting for the instructor to start the next scene…

## A scene and the vote

# $number: the scene's number.
phone-scene = Scene { $number }
# $customer: the customer's name (shown in bold), before the customer's quoted words.
phone-customer-says = { $customer } says:
# Instead of the customer's name when the scenario gives none.
phone-the-customer = The customer
phone-voting-ended = Voting has ended.
phone-hint-waiting = Voting opens soon — read the choices.
phone-hint-voting = Tap the response you would give.
phone-hint-closed = Voting closed. The room's answer is about to be played.
# On the answer this phone voted for; the page puts a check mark before it (the mark is not
# in these files: the game's font has none, and it must draw every character of them).
phone-your-vote-mark = Your vote
# A count of votes under an answer.
phone-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
phone-not-voted-yet = You have not voted yet.
# $number: the number the chosen answer is shown under; voting is still open.
phone-your-vote-open = Your vote: { $number } — you can change it until voting closes.
# $number: the number the chosen answer is shown under; voting has closed.
phone-your-vote = Your vote: { $number }.
# $voted of the $present people in the room have voted.
phone-voted = { $voted } of { $present } voted
# $status: the HTTP status number of the refused vote.
phone-vote-not-counted = Your vote was not counted (HTTP { $status }).
phone-vote-not-sent = Your vote could not be sent. Check your connection and tap again.

## After a scene

# $number: the scene's number.
phone-what-happened = Scene { $number }: what happened
phone-room-best = The room found the best response.
# $best: the best answer, in quotes.
phone-best-response = Best response: { $best }
# $points: the points the room's answer earned.
phone-points = Points: { $points }
# Tags on answers in the list of how the room voted.
phone-played-tag = played
phone-your-vote-tag = your vote

## The debrief

# $score: the class's score.
phone-class-score = Class score: { $score }
# $score: what this phone's own votes would have scored; it voted in $voted of the $scenes scenes.
phone-your-score = Your own votes would have scored { $score } (you voted in { $voted } of { $scenes } scenes).

## Sent by the server (src/net)

phone-session-ended = The session has ended. Thank you for taking part.
phone-removed = The instructor has taken you out of this session.
phone-too-many-requests = Too many requests at once. Wait a moment, then try again.
phone-too-many-pages = Too many pages are open on this room. Close another tab, then reload.

## The debrief's path: one line per scene the room decided

# $number: the scene's number; $said: what the room said
phone-path-best = Scene { $number }: { $said } (the best response)
# $number, $said: as above
phone-path-not-best = Scene { $number }: { $said } (not the best response)
