# ruff: noqa: E501  (long regular expressions and example messages: data, not code)
"""English lexicon (see :mod:`expectlib.replies.lexicon` for the format).

Written from how clients actually write: short chat messages, misspellings ("tmrw",
"guarentee", "u", "pls"), sarcasm ("oh sure, take your time"), indirect asks ("surely
that's included?"). Doubled letters never matter (patterns and text are folded).
"""

from __future__ import annotations

MACROS = {
    "you": r"(?:you|u|ya|yu|yo)",
    "your": r"(?:your|ur|yr|you'?re|youre)",
    "pls": r"(?:please|pls|plz|plse|pleas|plez|plis)",
    "tomorrow": r"(?:tomorrow|tomorow|tommorow|tomorro|tmrw|tmr|tmrow|tmro|tmw|2morrow|2moro|2mrw|2mro)",
    "tonight": r"(?:tonight|tonite|2nite|2night|this evening)",
    "today": r"(?:today|2day|tday|tdy)",
    "asap": r"(?:asap|a\.s\.a\.p\.?|a s a p|as soon as (?:possible|posible|poss|u can|you can|humanly possible))",
    "num": r"(?:\d+|a|an|one|two|three|four|five|six|few|couple of|couple|half an?|several)",
    "big": r"(?:whole|entire|full|complete|all the|all|new)",
    "thing": r"(?:website|web site|site|app|application|platform|shop|store|brand(?:ing)?|campaign|rebrand|book|system|database|portal|dashboard|catalog(?:ue)?|course|video|film|game|software|crm|logo and|identity|strategy)",
    "work": r"(?:done|ready|finished|finish|complete|completed|delivered|deliver|live|launched?|up and running|ship|shipped|wrapped up|sorted|fixed|built|designed|written|translated|uploaded|published|printed|submitted|go out|out the door)",
    "neg": r"(?:not|no|don'?t|dont|do not|never|isn'?t|wasn'?t|won'?t|without)",
    "sarc": r"(?:oh|yeah|sure|great|wow|lol|haha|of course)",
    "ppl": r"(?:someone|somebody|another (?:designer|developer|dev|freelancer|agency|guy|company|studio|writer|photographer)|other (?:freelancers|designers|developers|devs|agencies|guys|companies|people|studios|writers)|my (?:nephew|cousin|friend|brother|son|daughter|niece|neighbou?r|buddy|mate|kid)|fiverr|upwork|a guy|guys? (?:in|on|from)|students?|freelancers? (?:on|in|from)|others|everyone else|the last (?:guy|designer|developer|freelancer|agency))",
    "cost": r"(?:cost|costs|price|prices|pricing|fee|fees|rate|rates|quote|charge|charges|budget|amount|invoice|bill|money)",
    "rev": r"(?:colou?r (?:combinations|schemes|options|variations|palettes|versions)|colou?rs|fonts|layouts|styles|round|rounds|revision|revisions|revison|revisons|revisiom|change|changes|edit|edits|tweak|tweaks|iteration|iterations|version|versions|variant|variants|variation|variations|draft|drafts|concepts?|adjustments?|corrections?|fixes|alterations?|modifications?|mockups?|options)",
    "too": r"to(?=\s*(?:[?.!,;:)\n]|$|please\b|pls\b|plz\b|thanks\b|ok\b|right\b|as well\b|lol\b))",
    "adv": r"(?:advice|advise|recommendation|recommendations|suggestion|suggestions|opinion|input|concerns?|warnings?|feedback|expertise|guidelines?|best practices?)",
}

SIGNALS: dict[str, list[tuple[str, float]]] = {
    "unrealistic_deadline": [
        (
            r"\b(?:by|before|for|until|till|til|due|on)\s+(?:the\s+)?(?:{tomorrow}|{tonight}|(?:{tomorrow}|{today})\s+(?:morning|am|noon|evening|night|eod)|end of (?:the |to)?day|eod|cob|close of business|noon|lunch ?time|lunch|this afternoon|this evening|first thing(?: in the morning)?|the morning)\b",
            1.0,
        ),
        (r"\b(?:{tomorrow}|{tonight}|(?:by|in) the morning|overnight)\b", 0.45),
        (r"\b{today}\b", 0.3),
        (
            r"\b{work}\b{gap}\b(?:{tomorrow}|{tonight}|{today}|this (?:morning|afternoon|evening)|in (?:{num}) (?:hours?|hrs?|h|mins?|minutes)|within (?:{num}) (?:hours?|hrs?|mins?|minutes)|overnight|by morning)\b",
            0.8,
        ),
        (r"\b(?:{tomorrow}|{tonight}|{today})\b{g}\b{work}\b", 0.5),
        (
            r"\b(?:in|within|under|in the next|next|for)\s+(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+|just\s+|only\s+)?(?:{num})\s*(?:hours?|hrs?|h|mins?|minutes)\b(?!\s+(?:a|per|each)\s+(?:day|week))",
            0.75,
        ),
        (r"\b(?:in|within|by)\s+(?:a|one|1|two|2|three|3)\s+(?:days?)\b", 0.45),
        (
            r"\b{big}\b{gap}\b(?:in|by|within|over)\s+(?:a|one|1|two|2|three|3|the)?\s*(?:days?|weeks?|weekend|night|hours?)\b",
            0.7,
        ),
        (
            r"\b{thing}\b{gap}\b(?:in|within|over)\s+(?:a|one|1|2|two|3|three|the)\s+(?:days?|hours?|weekend|night)\b",
            0.7,
        ),
        (r"\b{asap}\b", 0.7),
        (r"\burg(?:e|a|i)n(?:t|tly|cy|te)\b|\burgnt\b", 0.6),
        (
            r"\b(?:super|very|extremely|really|mega|so|most|top)\s+urg(?:e|a)nt\b|\burgent\s*!{2,}",
            0.5,
        ),
        (r"\b(?:emergency|critical|life or death)\b", 0.4),
        (
            r"\b(?:right now|right away|immediately|immediatly|imediately|imediatly|straight away|straightaway|this instant|this minute|at once|pronto|chop chop|stat)\b",
            0.55,
        ),
        (
            r"\bneed(?:ed|s)?\s+(?:it|this|them|that|these|those|the \w+|everything|all of it)\s+(?:now|yesterday|{asap}|{today}|{tonight}|{tomorrow}|by (?:{tomorrow}|{tonight}|{today}|morning|noon)|(?:in|within) (?:{num}) (?:hours?|hrs?|h|mins?|minutes))\b",
            1.0,
        ),
        (r"\b(?:needed|wanted|due|need|want|should have been|was due)\b{g}\byesterday\b", 1.0),
        (r"\b(?:rush|rushed|rush job)\b", 0.4),
        (
            r"\b(?:hurry|hury|hurry up|get a move on|move faster|speed (?:it|this|things) up|be quick|quickly quickly)\b",
            0.6,
        ),
        (
            r"\b(?:tight|short|crazy|insane|impossible) (?:deadline|timeline|turnaround|timeframe)\b",
            0.5,
        ),
        (
            r"\b(?:the )?deadline\b{g}\b(?:is|was|'s)?\s*(?:{tomorrow}|{tonight}|{today}|in (?:{num}) (?:hours?|days?)|moved (?:up|forward)|now|yesterday)\b",
            1.0,
        ),
        (
            r"\b(?:move|moved|pull|pulled|bring|brought|push)\w*\s+(?:the\s+|our\s+)?(?:deadline|launch|date|delivery|due date|timeline|schedule)\s+(?:up|forward|earlier|in)\b",
            0.9,
        ),
        (
            r"\b(?:can|could|would|will)\s+(?:we|{you})\s+(?:make|move|bring|have|get|do|finish)\s+(?:it|this|that)\s+(?:earlier|sooner|faster|quicker)\b",
            0.6,
        ),
        (r"\b(?:sooner|faster|quicker)\b", 0.3),
        (
            r"\bwhy\s+(?:is|does)\s+(?:it|this|that|everything)\s+(?:taking|take)\s+(?:so|this|that)\s+long\b",
            0.8,
        ),
        (
            r"\b(?:days?|weeks?|months?)\b{g}\b(?:is|are|seems?|sounds?|'s)\s+(?:way |much |far |a bit |a little |really )?(?:too|to|so) (?:long|slow|much)\b",
            1.0,
        ),
        (r"\b(?:way|far|much) (?:too|to) (?:long|slow)\b", 0.8),
        (
            r"\bcan'?t\s+wait\b(?!\s+to\b){g}\b(?:weeks?|days?|months?|that long|so long|until|till|for)\b",
            1.0,
        ),
        (r"\b(?:can'?t|cannot|can not) (?:afford to )?wait\b(?!\s+to\b)", 0.45),
        (r"\b(?:over|during|this|on the) weekend\b", 0.35),
        (
            r"\b(?:by|before|until|on|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)\b",
            0.3,
        ),
        (r"\bby\s+\d{1,2}(?::\d\d)?\s?(?:am|pm|o'?clock)\b", 0.6),
        (r"\b(?:end of|by the end of|eo)(?: the| this)?\s+(?:day|week)\b|\beow\b", 0.4),
        (r"\b(?:same[- ]day|overnight|24 ?hours?|24h|48 ?hours?|48h|24 ?hrs|48 ?hrs)\b", 0.55),
        (
            r"\b(?:no later than|at the latest|latest by|not a day later|no excuses|no matter what|whatever it takes)\b",
            0.5,
        ),
        (
            r"\bdrop (?:everything|what(?:ever)? (?:you'?re|u r|you are) (?:doing|working on)|all (?:your )?other)\b",
            1.0,
        ),
        (r"\b(?:top priority|first priority|priorit(?:y|ise|ize) (?:this|us|our|it|me))\b", 0.5),
        (
            r"\b(?:launch|launching|event|meeting|presentation|pitch|conference|show|demo|opening)\b{g}\b(?:is |'s )?(?:{tomorrow}|{tonight}|{today}|in (?:{num}) (?:hours?|days?))\b",
            0.6,
        ),
        (
            r"\b(?:should|would|will|it'?ll|shouldn'?t|won'?t|can'?t|doesn'?t|does not|only|just)\s+(?:only\s+)?(?:take|takes|need|needs)\s+(?:you\s+)?(?:an? hour|(?:a |one |two |2 |few |couple of |couple )?(?:hours?|mins?|minutes|seconds|secs)|long|more than (?:an? |one |1 |two |2 )?(?:hour|day|minute)|a minute|a sec|5 ?min)\b",
            0.5,
        ),
        (r"\b(?:how long can it (?:possibly )?take|can'?t be that hard|how hard can it be)\b", 0.5),
        (r"\b{sarc}\b[,.!]*\s+(?:take your time|no rush|no hurry)\b", 1.6),
        (
            r"\b(?:it'?s|its) not like\b{gap}\b(?:{tomorrow}|{tonight}|{today}|launch|deadline|waiting|wait)",
            1.0,
        ),
        (r"\bhello\?*\s*(?:deadline|launch)\b|\btick[- ]tock\b|\bclock is ticking\b", 0.9),
        (r"\b(?:can|could|would)\s+{you}\b{gap}\b(?:{tonight}|{tomorrow}|{today})\s*\?", 0.3),
        (r"\b{big}\b{G}\b(?:this|over the|by the|on the|next)\s+(?:weekend|week)\b", 0.6),
        (
            r"\b(?:\d+|two|three|four|five|six|ten|twenty|fifty|a hundred|several|all)\s+(?:\w+\s+)?(?:pages?|posts?|articles?|videos?|logos?|designs?|screens?|banners?|products?|illustrations?|photos?|images?|slides?|emails?|words|chapters?|blogs?|reels?|episodes?|languages|product descriptions|descriptions|ads?|templates?|landing pages)\b{G}\b(?:by|before|until|till|in|within|for)\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|{tomorrow}|{tonight}|{today}|end of|the weekend|this weekend|morning|(?:a|one|two|three|\d+)\s+(?:days?|hours?))\b",
            0.75,
        ),
        (
            r"\b(?:squeeze|cram|fit|compress|crunch|rush|shrink|condense)\w*\b{gap}\b(?:into|in|within|to)\s+(?:just\s+|only\s+)?(?:{num})\s+(?:days?|hours?|weeks?|nights?)\b",
            1.0,
        ),
        (
            r"\b(?:we|you|the plan|the contract|the schedule|the timeline|the estimate|the quote|it)\s+(?:said|agreed|planned|quoted|estimated|says|was|were)\b{g}\b(?:\d+|two|three|four|six|eight|a few|end of (?:the )?month)\s*(?:weeks?|months?|days?)?\b{g}\bbut\b",
            0.55,
        ),
        (
            r"\b(?:\d+|a few|two|few|a couple of|couple of)\s+(?:hours?|days?|hrs?)\s+(?:is|are|should be|must be|would be|will be|seems?)\s+(?:more than\s+)?(?:enough|plenty|sufficient|fine|ok|okay)\b",
            0.9,
        ),
        (
            r"\b(?:live|ready|done|finished|delivered|launched|up|out|sent|printed)\s+(?:before|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|{tomorrow}|{tonight}|{today})\b",
            0.55,
        ),
        (
            r"\b(?:now now|like now|right this minute|this second|as we speak|in the next hour|within the hour|by lunch|before lunch|before noon|by noon|before (?:the )?(?:meeting|call|pitch|demo|event) (?:at|this|{tomorrow}|{today}))\b",
            0.7,
        ),
        (
            r"\b(?:things change|plans change|priorities changed|the date moved|date changed|deadline changed)\b",
            0.4,
        ),
        (
            r"\b(?:answer|reply|respond|response|responses|get back|pick up|call back|write back|react)\w*\b{gap}\b(?:within|in|under)\s+(?:\d+|an?|one|two|five|ten|the|half an?)\s*(?:mins?|minutes|hours?|hrs?|h|seconds)\b",
            -1.0,
        ),
        (
            r"\bhow (?:fast|quick|quickly|soon) can (?:you|u|ya)\b|\b(?:like|by|for)\s+(?:{tonight}|{tomorrow})\s+fast\b",
            0.4,
        ),
        (
            r"\b(?:make it happen|no matter how|whatever it takes|pull an all-?nighter|work (?:through the night|overnight|all night|the weekend))\b",
            0.55,
        ),
        (r"\b(?:short|late) notice\b", 0.3),
        (r"\b(?:in|by) the morning\b|\bfirst thing\b|\bby then\b|\bthis week\b", 0.35),
        (r"\bthis (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b", 0.35),
        (r"\b(?:ready|done|finished|delivered|live|up|submitted|out|printed|sent)\s+by\b", 0.3),
        (
            r"\bstart (?:now|right away|immediately|today|tonight|right now)\b|\b(?:hoping|hope|want|wanted|expect|expecting|need|needed)\s+to\s+have\s+it\s+(?:up|live|ready|done|finished|out)\b",
            0.45,
        ),
        (
            r"\b(?:quick|fast|speedy|short|same-?day|overnight) turn-?around\b|\b(?:quickly|fast|faster|quicker|speedy|speed up|hurry)\b",
            0.25,
        ),
        (
            r"\b(?:pitch|presentation|investor meeting|board meeting|trade ?show|premiere|launch party|conference|the event|the launch)\b",
            0.2,
        ),
        (
            r"\b(?:got moved|moved up|moved forward|was moved|has been moved|brought forward)\b",
            0.35,
        ),
        (
            r"\bnot (?:finished|done|ready|complete)\b{gap}\b(?:can|could|just|need|submit|send|launch)\b",
            0.4,
        ),
        (
            r"\b(?:takes?|is (?:the )?top|gets?|has) priority\b|\bbefore anything else\b|\bput (?:everything|all) else on hold\b",
            0.45,
        ),
        (
            r"\b(?:must|has to|have to|needs to|need to|gotta|should)\s+(?:\w+\s+)?(?:ship|go out|go live|launch|be (?:done|ready|finished|live|out|delivered|sent|up))\s+(?:by\s+)?(?:{today}|{tonight}|{tomorrow}|this (?:week|weekend|morning|afternoon)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by then|before)\b",
            0.8,
        ),
        (
            r"\b(?:you have|you'?ve got|there'?s|we have|only have|just have)\s+(?:only\s+|just\s+)?(?:the weekend|(?:one|a|two|2|three|3|\d+) (?:days?|hours?|nights?)|tonight|until (?:{tomorrow}|monday|friday))\b",
            0.7,
        ),
        (
            r"\b(?:promised|told|announced|committed)\b{gap}\b(?:live|launch|ready|out|deliver|ship)\w*\b{g}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|{tomorrow}|{today}|this week|next week)\b",
            0.7,
        ),
        (
            r"\b(?:by|before|until)\s+(?:the\s+)?(?:end of (?:the\s+)?(?:day|week)|{tomorrow}|{tonight}|{today}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b{G}\b(?:\d{2,}|hundreds of|thousands of)\s+(?:\w+\s+)?(?:pages|words|slides|videos|products|articles|photos|images|screens|minutes|chapters)\b",
            0.75,
        ),
        (
            r"\b(?:build|make|design|write|finish|do|create|prepare|edit|shoot|code)\s+(?:it|this|that|them|everything|all)\s+(?:before then|by then|in time|before (?:that|the meeting|the call|the pitch|then))\b|\bbefore then\b|\bin time for (?:it|that|the \w+)\b",
            0.5,
        ),
        (
            r"\b(?:live|ready|done|up|finished|delivered)\s+before\s+(?:the\s+)?(?:weekend|sale|launch|event|meeting|holidays?|deadline|opening|show|trip|conference|monday|friday|end of)\b",
            0.55,
        ),
    ],
    "scope_creep": [
        (
            r"\bwhile\s+(?:{you}|we|ya)\s*(?:'re|'r|are|r|re)?\s+(?:at it|there|in there|on it|in (?:the|there|it)|working on it|at that|doing (?:that|this|it))\b",
            1.2,
        ),
        (
            r"\b(?:since|as)\s+(?:{you}|we)\s*(?:'re|are|r)?\s+(?:already\s+)?(?:at it|working on|doing|in there|touching|editing|in the)\b",
            0.8,
        ),
        (
            r"\b(?:can|could|would|will|pls|please)\s+(?:{you}\s+)?(?:also|quickly|just also|also just|additionally)\s+(?:add|include|do|make|create|design|build|write|put|throw|set ?up|redo|change|handle|prepare|draw|film|shoot|translate|code)\b",
            0.7,
        ),
        (
            r"\b(?:just|quickly|simply|also|and)\s+(?:add|include|throw in|put in|stick in|slip in|squeeze in|tack on|chuck in|pop in|bolt on)\b",
            0.55,
        ),
        (r"\b(?:throw|throwing|toss|tossing|chuck|squeeze|sneak|tack)\w*\s+(?:in|on)\b", 0.5),
        (
            r"\b(?:one|a|few|couple|two|three|some|several|\d+)\s+(?:more|other|extra|additional|bonus)\s+(?:little\s+|small\s+|tiny\s+|quick\s+|short\s+|simple\s+)?(?:things?|pages?|sections?|features?|screens?|designs?|posts?|logos?|banners?|languages?|products?|items?|deliverables?|videos?|articles?|blogs?|blog posts|flyers?|ads?|slides?|formats?|sizes?|platforms?|functions?|integrations?|reels?|stories|emails?|landing pages?|characters?|illustrations?|icons?)\b",
            0.8,
        ),
        (
            r"\bone (?:more|last|little|small|tiny|quick|extra) (?:thing|request|addition|item|bit)\b|\bone more thing\b",
            0.6,
        ),
        (
            r"\b(?:oh|ah|and|also|btw|ps|p\.s\.),?\s+(?:and\s+)?(?:also|btw|one more thing|another thing|i forgot)\b",
            0.45,
        ),
        (
            r"\b(?:it|this|that|the \w+|they|we|site|app)\s+(?:should|must|needs? to|has to|have to|would need to|will need to|also needs? to)\s+also\b|\bshould also (?:have|include|do|work|support|be able|come with|integrate|connect|sync|allow|show|let)\b",
            0.75,
        ),
        (
            r"\b(?:we|i)(?:'ll|'d| will| would)?\s+also\s+(?:need|want|like|needs|wanted|require)\b",
            0.45,
        ),
        (
            r"\b(?:small|tiny|little|minor|quick|simple|easy|teeny|wee)\s+(?:addition|add-?on|extra|extras|thing|job|update|feature|request|bit|page|section|one)\b",
            0.4,
        ),
        (
            r"\b(?:i|we)\s+(?:assumed|thought|figured|expected|understood|believed|presumed|took it)\b{gap}\b(?:includ\w*|part of|in the (?:price|package|quote|deal)|cover\w*|come with|comes with)\b",
            1.0,
        ),
        (
            r"\b(?:surely|of course|obviously|naturally)\s+(?:that'?s|this is|it'?s|that is|it is|this'?s|thats)\s+(?:included|part of|covered|in the price)\b",
            1.2,
        ),
        (
            r"\b(?:isn'?t|is not|wasn'?t|was not|aren'?t)\s+(?:that|this|it|those|these)\s+(?:already\s+)?(?:included|part of|covered|in the price)\b",
            0.8,
        ),
        (r"\bincluded\s*,?\s*(?:right|surely|no|yes|isn'?t it|of course)\s*\?", 1.0),
        (
            r"\b(?:should|would|must)\s+be\s+(?:included|part of (?:it|the (?:package|deal|price)))\b",
            0.8,
        ),
        (
            r"\b(?:same|current|agreed|original|existing)\s+(?:price|budget|fee|cost|rate|quote|deadline|timeline|date|amount|money)\b",
            0.55,
        ),
        (r"\bfor the same (?:price|money|budget|fee|cost|amount)\b", 0.7),
        (
            r"\b(?:without|no|not)\s+(?:any\s+)?(?:extra|additional|more|further)\s+(?:cost|charge|fee|pay|money|budget|payment|time)\b",
            0.5,
        ),
        (
            r"\b(?:expand|extend|widen|grow|broaden|stretch|increase)\w*\s+(?:the\s+|our\s+)?(?:scope|project|brief)\b",
            0.6,
        ),
        (
            r"\b(?:another|an extra|an additional|a second|a third|extra|additional)\s+(?:\w+\s+)?(?:page|section|feature|language|version|product|landing page|app|platform|site|logo|banner|flyer|video|post|menu|brochure|sub-?brand|mascot|tagline|integration|module|account|store|sku|chatbot|form)\b",
            0.45,
        ),
        (
            r"\b(?:also|{too}|as well)\b{g}\b(?:mobile app|ios app|android app|app version|blog|shop|online store|e-?commerce|newsletter|booking system|membership|forum|translation|social media|instagram|tiktok|facebook page|business cards?|brochure|packaging|merch|video|animation|chatbot|crm|seo)\b",
            0.4,
        ),
        (
            r"\b(?:mobile app|ios app|android app|app version|blog|online shop|online store|booking system|newsletter|membership area|forum|chatbot|crm|animation|video|business cards?|brochure|packaging|social media (?:posts?|graphics|kit))\b{g}\b(?:{too}|as well|also)\b",
            0.4,
        ),
        (
            r"\b(?:add|adding|include|including|put|build|create|make|design|do)\b{g}\b(?:{too}|as well)\s*[?.!]",
            0.35,
        ),
        (r"\b(?:add|include)\s+(?:a|an|another|more|some|the|few|couple)\b", 0.3),
        (r"\b(?:little|small|tiny) extra\b|\bextra mile\b|\bgo beyond\b", 0.4),
        (
            r"\b(?:while we'?re|whilst we'?re|since we'?re) (?:at it|here|on the subject|talking)\b",
            1.0,
        ),
        (
            r"\b(?:shouldn'?t|won'?t|doesn'?t|wouldn'?t|should not|will not|does not) (?:cost|change) (?:anything|extra|more|the price|much)\b",
            0.6,
        ),
        (r"\bscope creep\b", 0.5),
        (
            r"(?:^|[.!?\n]\s*)(?:also|oh and|and also|plus|oh,? also|oh,? and|btw,? also|ps,? also)\s+(?:\w+\s+){0,2}(?:add|include|make|create|design|build|write|do|translate|fix|set up|prepare|draw|record|film|shoot|update|redo|put)\b",
            0.7,
        ),
        (r"\b(?:can|could|would|will)\s+{you}\s+(?:\w+\s+){0,2}also\b", 0.75),
        (
            r"\balso\s+(?:add|include|translate|write|design|build|create|make|do|fix|set up|prepare|shoot|film|record|handle|manage|redo|update)\b",
            0.6,
        ),
        (
            r"\b(?:every|all|each|all the|all of the|the other|the rest of the|remaining|rest of the)\b{gap}\b(?:{too}|as well)\b",
            0.55,
        ),
        (
            r"\b(?:basically|pretty much|practically|almost|essentially|just|nearly)\s+(?:the same|identical|a copy|copy-?paste)\b|\b(?:same|similar) (?:job|thing|work|task)\b",
            0.45,
        ),
        (
            r"\b(?:should|would|will|must)\s+be\s+(?:easy|simple|quick|straightforward|no problem|a breeze|nothing|trivial)\b|\b(?:nothing big|no big deal|not a big deal|nothing major|nothing much|not much work|hardly any work|tiny job|a quick one)\b",
            0.45,
        ),
        (r"\b(?:there'?s|there are|it'?s|its)\s+only\s+(?:like\s+|about\s+|around\s+)?\d+\b", 0.45),
        (
            r"\b(?:you'?re|you are|ur|u r)\s+already\s+(?:\w+ing|in|on|there|doing|working|editing|designing|writing)\b",
            0.65,
        ),
        (
            r"\b(?:since|as)\s+(?:the|our|your)\s+\w+\s+(?:is|are)\s+(?:already\s+)?(?:done|finished|ready|there|built|designed)\b",
            0.45,
        ),
        (
            r"\b(?:fits?|falls?|stays?|is|are|be)\s+(?:with)?in\s+(?:the\s+)?(?:current|same|existing|original|agreed)\s+(?:project|scope|budget|price|quote|deal|contract)\b",
            0.8,
        ),
        (r"\b(?:add|include)\s+(?:a|an)\s+\w+(?:\s+\w+)?\.\s+and\s+(?:a|an|the)\b", 0.4),
        (r"\bjust\s+(?:resize|crop|copy|duplicate|adapt|reformat|reuse|swap|export|adjust)\b", 0.4),
        (
            r"\b(?:part of|included in|covered by|in|inside)\s+(?:the|our|your)\s+(?:\w+\s+)?(?:package|price|deal|quote|fee|contract|scope|plan|bundle)\b{g}\bright\s*\?",
            1.0,
        ),
        (r"\b(?:we|i)(?:'ll| will)?\s+(?:also\s+)?need\b{gap}\b(?:{too}|as well)\b", 0.5),
        (
            r"\bmatching\s+(?:app|site|website|store|shop|logo|brochure|set|version|merch|packaging|newsletter|presentation)\b",
            0.45,
        ),
        (
            r"\bsince\s+(?:the|our|your)\s+(?:\w+\s+)?(?:design|layout|site|code|logo|content|template)\s+(?:already\s+)?(?:exists|is (?:done|there|ready|finished))\b|\bsince (?:you|u) (?:already )?(?:have|did|made|know)\b",
            0.45,
        ),
        (
            r"\b(?:nothing fancy|nothing complicated|nothing crazy|nothing elaborate|keep it simple|super simple|really quick|real quick|quick and easy)\b",
            0.4,
        ),
        (r"\b(?:and|plus|also)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:while|since|as)\s+(?:you|u)\b", 0.5),
        (
            r"\b(?:we|i)\s+(?:forgot|missed|left out|overlooked|didn'?t mention|should have mentioned)\b",
            0.4,
        ),
        (r"\b(?:add|include|do|build|make)\s+(?:those|these|them|that too|those too)\b", 0.35),
        (
            r"\b(?:and|,)\s+(?:a|an|another)\s+\w+(?:\s+\w+)?\s*,\s*(?:and\s+)?(?:a|an|another)\s+\w+",
            0.3,
        ),
        (
            r"\bon top of (?:that|this|it|the)\b|\bin addition to\b|\badditionally\b|\bas an extra\b",
            0.35,
        ),
        (
            r"\b(?:said|says|was|were|included|includes|agreed|quoted)\s+(?:\d+|one|two|three|four|five|six|ten)\b{gap}\b(?:but|now)\b{gap}\b(?:\d+|more|another|extra)\b",
            0.6,
        ),
        (r"\b(?:also|too|extra|additional|more)\b", 0.15),
        (
            r"\b(?:for|of)\s+each of the\s+\d+\b|\bfor (?:every|each|all)\s+(?:\d+\s+)?(?:of (?:the|our)\s+)?(?:\w+\s+)?(?:staff|employees|products|pages|locations|members|branches|services|posts|team members)\b",
            0.45,
        ),
        (
            r"\b(?:adding|add|a few more|some more|couple more)\s+(?:a few\s+|some\s+|couple of\s+)?(?:things|items|bits|tasks|points)\s+(?:to|onto|on)\s+(?:the|your|our)\s+(?:list|plate|pile|scope|to-?do)\b",
            0.8,
        ),
        (
            r"\b(?:can'?t|cannot|won'?t|shouldn'?t|isn'?t|wouldn'?t)\s+(?:be\s+)?(?:much|that much|a lot of|a big|any)\s+(?:extra|more|additional)\s+(?:work|effort|time|hassle)\b|\bnot much extra\b|\bbarely any (?:extra )?(?:work|effort)\b",
            0.8,
        ),
        (
            r"\b(?:didn'?t|did not|wasn'?t|not)\s+(?:include|included|in the (?:brief|quote|scope|contract)|part of (?:the )?(?:brief|quote|scope|deal))\b{gap}\b(?:but|can you|could you|please|basically)\b",
            0.6,
        ),
        (
            r"\b(?:since|as)\s+(?:you'?re|you are|u r)\s+(?:already\s+)?(?:handling|doing|building|designing|making|writing|working on|managing)\b",
            0.55,
        ),
        (
            r"\bas part of (?:it|this|that|the (?:logo|project|package|deal|job|website|site|contract|work|fee))\b|\bnow that (?:the|our|my) \w+ (?:is|are) (?:done|finished|ready|live|approved)\b",
            0.55,
        ),
        (
            r"\bwhile (?:i|we) (?:have|'ve got|got) (?:you|u)\b|\bwhile (?:i'?m|we'?re) (?:at it|asking|here)\b",
            0.8,
        ),
    ],
    "price_pressure": [
        (r"\b(?:discount|discounts|discounted|dicount|discout|disount|dscount|discnt)\b", 0.9),
        (r"\b(?:cheaper|cheeper|chaper|cheapest|cheapo)\b", 0.9),
        (
            r"\b(?:lower|reduce|drop|cut|decrease|bring down|lessen|shave|trim|knock down|bring)\w*\s+(?:the\s+|your\s+|ur\s+|that\s+|this\s+)?(?:price|prices|rate|rates|fee|fees|cost|quote|invoice|bill|amount|total)\b(?:\s+down)?",
            1.0,
        ),
        (r"\b(?:price|rate|fee|cost|quote|it|that|this)\s+down\b", 0.6),
        (
            r"\bknock\w*\s+(?:something|a bit|some|a little|\d+|a few|\$?\d+)\s+off\b|\bwiggle room\b|\bmeet (?:me |us )?(?:in the middle|halfway)\b|\bsplit the difference\b",
            1.0,
        ),
        (
            r"\b(?:too|to|very|so|way too|a bit|bit|quite|rather|really|super|crazy|insanely|ridiculously|kinda|kind of|little)\s+(?:expensive|expencive|expensiv|pricey|pricy|costly|steep|high|dear)\b",
            0.85,
        ),
        (
            r"\b(?:expensive|overpriced|over-?priced|rip[- ]?off|ripoff|daylight robbery|highway robbery|out of our budget|over our budget|over budget|above our budget|more than we can)\b",
            0.7,
        ),
        (
            r"\b(?:that'?s|thats|it'?s|its|is)\s+(?:a lot|alot|too much|to much|a bit much|crazy|insane|ridiculous|steep)\b",
            0.5,
        ),
        (
            r"\b(?:best|final|last|better|special|friendly|mates?|good|lowest|cheapest|reduced|student|charity|startup|start-?up|family|introductory|loyalty)\s+(?:price|rate|deal|offer|discount|pricing)\b",
            0.8,
        ),
        (
            r"\b(?:our|my|the)\s+budget\s+(?:is|was|'s)?\s*(?:only|just|tight|limited|small|low|very|really|max|maximum|capped|around|about|fixed)\b",
            0.8,
        ),
        (r"\b(?:only|just)\s+(?:have|got|has)\s+(?:a\s+)?(?:budget of\s+)?{money}?\s?\d", 0.8),
        (r"\bbudget\s+(?:is|of)\s+(?:only\s+|just\s+)?{money}?\s?\d", 0.4),
        (
            r"\b(?:max(?:imum)?|most|all)\s+(?:budget|we can (?:pay|spend|afford|do)|i can (?:pay|spend|afford|do))\b",
            0.7,
        ),
        (
            r"\b{ppl}\b{G}\b(?:cheaper|less|for less|half|fraction|for {money}?\s?\d+|charges?|charged|charging|quoted|quotes|does it for|do it for|did it for|offered|asks? for|asked for|for free|free)\b",
            1.0,
        ),
        (
            r"\b(?:i|we)\s+(?:can|could)\s+(?:get|find|hire|pay)\b{gap}\b(?:cheaper|for less|for half|less|for a fraction|for free)\b",
            1.0,
        ),
        (
            r"\b(?:can|could|would|will)\s+{you}\s+(?:do|make|go|accept|take|build|design|write|finish|manage|handle)\b{g}\b(?:for|with|at)\s+(?:just\s+|only\s+)?{money}?\s?\d+",
            0.6,
        ),
        (
            r"\b(?:half|50%|50 %|a fraction of)\s+(?:the\s+|your\s+|of\s+(?:the\s+|your\s+)?)?(?:price|rate|fee|cost|quote)\b",
            1.0,
        ),
        (r"\b\d+\s?%\s+(?:less|lower|cheaper|discount|reduction|of(?=\s*[?.!,]|\s*$))", 0.9),
        (
            r"\b(?:negotiable|negotiate|negotiating|renegotiate|re-negotiate|haggle|bargain|flexible (?:on|with) (?:the )?(?:price|rate|budget|fee))\b",
            0.7,
        ),
        (
            r"\b(?:more|future|lots of|regular|repeat|bulk|ongoing|long[- ]term|steady)\s+(?:work|projects?|jobs?|orders?|business|clients?|collaboration|gigs?)\b{gap}\b(?:discount|cheaper|lower|deal|price|rate|less)\b",
            0.7,
        ),
        (
            r"\b(?:discount|cheaper|lower|deal|price|rate|less)\b{gap}\b(?:more|future|lots of|regular|repeat|bulk|ongoing|long[- ]term)\s+(?:work|projects?|jobs?|orders?|business|clients?)\b",
            0.7,
        ),
        (
            r"\b(?:send|give|bring|refer)\s+(?:you\s+)?(?:more|lots of|plenty of|a lot of|tons of|loads of)\s+(?:work|projects|clients|business|referrals|customers)\b",
            0.6,
        ),
        (
            r"\bwhy\s+(?:is|so|does (?:it|this|that) cost|are you so|are u so|that|this|it's|is it)\s+(?:it\s+|this\s+|that\s+)?(?:so\s+)?(?:expensive|much|high|pricey|costly)\b",
            0.8,
        ),
        (
            r"\b(?:can'?t|cannot|can not|won'?t|not able to|unable to)\s+(?:really\s+)?(?:afford|justify|pay (?:that|this|so|more than|over))\b",
            0.7,
        ),
        (r"\bmatch\s+(?:their|the|this|that|a|his|her|our)\s+(?:price|quote|offer|rate)\b", 1.0),
        (r"\b(?:pay|paying)\s+(?:you\s+)?(?:less|only|just)\b", 0.8),
        (r"\bfor (?:only|just)\s+{money}?\s?\d+", 0.4),
        (r"\b{money}\s?\d+(?:k)?\s+(?:instead of|not|rather than)\s+{money}?\s?\d+", 0.8),
        (
            r"\b(?:rates?|prices?|fees?|quote)\b{g}\b(?:is|are|seems?|look|looks)\s+(?:a bit |quite |way |very |really )?(?:high|steep|a lot|much|crazy|insane|inflated|unreasonable)\b",
            0.8,
        ),
        (r"\b(?:pay|paid|charge|charging)\s+(?:that|this)\s+much\b", 0.6),
        (r"\bwhat'?s\s+(?:the|your)\s+(?:best|lowest|final)\b", 0.9),
        (
            r"\b(?:in|on|with)\s+this\s+economy\b|\b(?:times are|money is) (?:tough|tight|hard)\b",
            0.5,
        ),
        (
            r"\bi\s+(?:saw|see|found)\s+(?:templates?|themes?|logos?|sites?|it|them)\b{g}\bfor\s+{money}?\s?\d+",
            0.8,
        ),
        (
            r"\b(?:price|cost|quote|rate|fee|total|number|invoice|that|this|it)\s+(?:is|'s|seems|looks|sounds|feels)\s+(?:\w+\s+)?(?:too much|to much|a lot|alot|steep|high|crazy|insane|excessive|inflated|unreasonable)\b",
            0.85,
        ),
        (
            r"\b(?:\d+|fifty|hundred|twenty)\s*(?:bucks|quid|dollars|euros|usd|eur|k)\s*\?|(?:^|\s){money}\s?\d+\s*\?",
            0.55,
        ),
        (
            r"\b(?:flat|fixed|total|all-in|all in)\s+(?:fee|price|rate|of|sum)?\s*{money}?\s?\d+",
            0.6,
        ),
        (r"\bmatch (?:that|it|this)\b{g}\b(?:or|and we|price|offer|quote)\b", 1.0),
        (
            r"\b(?:price|rate|fee|cost|quote|invoice|total)s?\s+(?:should|must|needs to|has to|could|would|ought to)\s+(?:really\s+)?be\s+(?:a bit\s+|much\s+|way\s+)?(?:lower|less|cheaper|reduced|smaller|halved|cut)\b",
            1.0,
        ),
        (
            r"\bbulk (?:price|rate|discount|deal|pricing)\b|\ba (?:quarter|third|fraction) of (?:it|the (?:price|cost|quote|fee))\b",
            0.8,
        ),
        (
            r"\breconsider\s+(?:the|your|ur)?\s*(?:price|quote|rate|number|fee|offer|pricing)?\b|\bthe only (?:thing|issue|problem) is the (?:number|price|cost|budget|fee)\b",
            0.5,
        ),
        (
            r"\b(?:for|within|in|fit|match)\s+(?:our|my)\s+budget\b|\b(?:\d\s?x|twice|double|triple|three times)\s+(?:what|our|my|the)\s+(?:we|i)?\s*(?:budgeted|budget|expected|planned|wanted to spend)\b",
            0.7,
        ),
        (
            r"\b(?:do|go)\s+(?:any\s+)?(?:better|lower|something)\s+(?:on|with|for)\s+(?:the\s+)?(?:price|rate|quote|fee|cost)\b|\bsharpen (?:your|the) pencil\b",
            1.0,
        ),
        (
            r"\b(?:every (?:bit|penny|cent|dollar) counts|small business|we'?re a (?:family|small|tiny) business|just starting out|we'?re a startup|non-?profit)\b",
            0.3,
        ),
        (
            r"\b(?:can|could|would|will)\s+{you}\s+(?:just\s+)?(?:do|make)\s+(?:it\s+|everything\s+|them\s+)?(?:a|for|at)\s+(?:a\s+)?(?:flat|fixed|total|round)?\s*{money}?\s?\d+",
            0.8,
        ),
        (
            r"\bbudget(?:'s| is| was)?\s+(?:only|just|max|maximum|capped at|around|about|tops)\b|\btake it or leave it\b|\bfinal offer\b",
            0.8,
        ),
        (
            r"\bfor (?:a|one) (?:quarter|third|half|fraction) of (?:this|that|it|the price|your price|the cost|what you)\b",
            0.8,
        ),
        (
            r"\b(?:can|could|will|would) (?:you|u) match\b|\bbeat (?:their|that|this) (?:price|quote|offer)\b",
            0.8,
        ),
        (
            r"\b(?:pay|offer|do|give you)\s+{money}?\s?\d+k?\s*,?\s*(?:not|instead of|rather than)\s+{money}?\s?\d+",
            0.9,
        ),
        (
            r"\b(?:repeat|loyal|returning|regular|long-?time|old) (?:customers?|clients?)\b{gap}\b(?:discount|off|less|cheaper|deal|price|rate)\b|\b(?:discount|off|less|cheaper|deal)\b{gap}\b(?:repeat|loyal|returning|regular|long-?time) (?:customers?|clients?)\b",
            0.7,
        ),
        (
            r"\b(?:can|could)\s+only\s+(?:pay|afford|spend|offer|do)\b|\bonly\s+(?:pay|spend|offer)\s+(?:you\s+)?{money}?\s?\d",
            0.7,
        ),
        (
            r"\b\d+\s*k?\s*(?:max|maximum|tops|at most)\b|\b(?:max|maximum|at most|tops)\s+{money}?\s?\d+",
            0.45,
        ),
        (
            r"\b(?:lol no|no way|are you (?:kidding|serious|joking)|you'?re (?:kidding|joking)|seriously\?|for real\?|lmao)\b",
            0.3,
        ),
        (
            r"{money}?\s?\d[\d,.]*k?\s+(?:for|just for|only for)\s+(?:a|an|the|one|this|that)\s+\w+\s*\?{1,}",
            0.5,
        ),
        (
            r"\b(?:per hour|/\s?h(?:ou)?r|an hour|hourly)\b{g}\b(?:not|instead|only|max)\b|\b(?:not|instead of)\s+{money}?\s?\d+\s*(?:/\s?h(?:ou)?r|per hour|an hour)\b",
            0.4,
        ),
        (r"\b(?:too much|overcharg\w*|afford|pricey|costly)\b", 0.35),
        (
            r"\b(?:do|go)\s+(?:a\s+)?(?:bit|little|something)?\s*(?:better|lower)\s+(?:than that|on that|for us|on this)\b|\bcan'?t you do (?:better|cheaper|less)\b",
            0.8,
        ),
        (
            r"\b(?:money|cash|budget|funds|things)(?:'?s| is| are)\s+(?:tight|short|limited|scarce)\b",
            0.45,
        ),
        (
            r"\bbeat (?:it|that|them|this|their offer|the price|that price)\b|\bcan you beat\b|\bmatch or beat\b",
            0.7,
        ),
        (
            r"\b(?:expected|hoping for|thinking|thought|budgeted for|planned for|had in mind)\s+(?:something\s+)?(?:closer to|around|about|more like|nearer)\s+{money}?\s?\d+",
            0.7,
        ),
        (
            r"\bany (?:flexibility|wiggle room|room to move|room for negotiation|leeway)\b|\bflexib\w+ (?:on|with) (?:the )?(?:price|rate|quote|cost|fee)\b",
            0.6,
        ),
        (
            r"\b(?:offered|quoted|charges?|charged|does it|did it|will do it)\b{g}\b(?:the same|similar|same thing)\b{g}\bfor\s+{money}?\s?\d",
            0.7,
        ),
        (
            r"\b(?:take off|remove|drop|waive|skip|cut|lose|knock off|leave off)\s+(?:the|your)\s+(?:\w+\s+){0,2}(?:fee|fees|charge|charges|surcharge|markup|mark-up|cost|costs)\b",
            0.8,
        ),
        (
            r"\bcut (?:it|the price|that|the cost|your fee|the fee|the quote) in half\b|\b(?:don'?t|do not) have (?:that kind of|that much|such a|this kind of) (?:money|budget|cash)\b",
            0.8,
        ),
        (r"\b\d{3,}k?\s+(?:instead of|not|rather than)\s+{money}?\s?\d{3,}\b", 0.8),
        (
            r"\bhow about\s+{money}?\s?\d+|\bwhat about\s+{money}?\s?\d+|\bwould you take\s+{money}?\s?\d+|\bcan you do\s+{money}?\s?\d+",
            0.6,
        ),
        (
            r"{money}?\s?\d+k?\s+(?:seems|is|sounds|feels)\s+(?:a bit\s+|way\s+|rather\s+|quite\s+)?(?:too much|a lot|steep|high|expensive|excessive|crazy)\b",
            0.8,
        ),
    ],
    "late_payment": [
        (
            r"\b(?:pay|paid|payment|payments|paying|invoice|transfer|money|settle)\w*\b{gap}\b(?:when|once|after|as soon as|only after|until|till)\b{gap}\b(?:it'?s |it is |is |goes |site |website |app |we |the )?(?:live|launch|launched|launches|go live|goes live|online|published|released|successful|sales|sell|results|profit|profits|revenue|funding|funded|investors?|investment|client pays|they pay|we get paid|get paid|paid by|money comes|money in|grant|loan|makes? money|break even|customers?|starts? (?:making|earning|selling)|turns? a profit)\b",
            1.2,
        ),
        (
            r"\b(?:pay|paid|payment|invoice|settle)\w*\b{g}\b(?:when|once|after|only after|on)\s+(?:it'?s |it is |you'?re |everything is |the project is |all is )?(?:done|finished|complete|completed|delivered|approved|happy|satisfied)\b",
            0.55,
        ),
        (
            r"\b(?:pay|paid|payment|payments|invoice|transfer|settle)\w*\b{gap}\b(?:next|end of (?:the )?|following|the end of (?:the )?)\s*(?:week|month|quarter|year|fiscal year|financial year)\b",
            0.7,
        ),
        (
            r"\b(?:in|within|after)\s+(?:45|60|90|120|sixty|ninety|six|three|two|a few|some)\s+(?:days|weeks|months)\b",
            0.5,
        ),
        (r"\bnet\s?-?(?:45|60|90|120)\b", 0.6),
        (
            r"\b(?:delay|delaying|delayed|postpone|postponing|postponed|hold|holding|push|pushing|defer|deferring|withhold|withholding)\w*\s+(?:off\s+|back\s+)?(?:the\s+|your\s+|our\s+|on\s+)?(?:second\s+|final\s+|last\s+|next\s+|first\s+|remaining\s+)?(?:payment|invoice|paying|transfer|deposit|pay|balance|last payment|final payment|installment|instalment)\b",
            1.0,
        ),
        (
            r"\b(?:payment|invoice|transfer|money|pay|balance|deposit)s?\s+(?:will be|is|are|got|has been|may be|might be|could be|'ll be|'s)\s+(?:a (?:bit|little)\s+)?(?:late|delayed|on hold|postponed|held|slow|later|stuck|pending)\b",
            1.0,
        ),
        (
            r"\b(?:skip|waive|forget|no need for|without|drop|ditch|don'?t need|instead of)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:deposit|advance|upfront|up-front|down ?payment|first payment|prepayment|pre-payment|retainer)\b",
            1.0,
        ),
        (
            r"\b(?:no|don'?t do|don'?t pay|never pay|we don'?t|do not pay)\s+(?:deposits?|upfront|up front|advance payments?|in advance)\b",
            1.0,
        ),
        (
            r"\b(?:haven'?t|have not|didn'?t|did not|still haven'?t|not yet|couldn'?t|could not)\s+(?:been\s+)?(?:paid|pay|transferred|transfer|sent (?:the )?(?:money|payment)|settled)\b",
            0.55,
        ),
        (
            r"\b(?:accounts?|finance|accounting|accountant|ap|payroll|boss|manager|cfo|ceo|director|owner|treasurer|bank)\s*(?:team|department|dept|people)?\s*(?:will|is|are|hasn'?t|has not|needs|need|has to|didn'?t|did not|haven'?t)\b{gap}\b(?:process|approve|release|pay|sign|transfer|sort)\w*\b",
            0.55,
        ),
        (
            r"\b(?:cash ?flow|money is tight|funds? (?:are|is) (?:low|tight)|low on (?:funds|cash|money)|no money (?:right )?now|tight (?:on money|this month|right now)|short on (?:cash|money|funds)|broke (?:right now|this month|at the moment))\b",
            0.7,
        ),
        (
            r"\bpay\w*\s+(?:you\s+)?(?:later|afterwards|eventually|at the end|in (?:installments|instalments|parts|pieces|bits)|next time|another time|bit by bit|little by little|when (?:i|we) can|when possible)\b",
            0.9,
        ),
        (r"\b(?:installments?|instalments?|payment plan|split (?:the )?payments?)\b", 0.35),
        (
            r"\b(?:after|once|when)\s+(?:the\s+)?(?:project|campaign|launch|site|app|business|product)\s+(?:is\s+|becomes\s+)?(?:successful|profitable|takes off|makes money|pays off|generates|earns)\b",
            1.0,
        ),
        (
            r"\b(?:we|i)(?:'ll| will| can)?\s+(?:sort|settle|figure|deal with|handle|work|talk about)\s+(?:out\s+)?(?:the\s+)?(?:payment|money|invoice|price|fee|cost|paying|compensation)s?\s+(?:out\s+)?(?:later|afterwards|after|at the end|down the line|down the road|another time)\b",
            1.0,
        ),
        (
            r"\b(?:stop|quit)\s+(?:chasing|reminding|bugging|asking)\b{g}\b(?:invoice|payment|money)\b",
            1.0,
        ),
        (
            r"\b(?:lost|misplaced|never got|didn'?t get|didn'?t receive|can'?t find)\s+(?:the|your|an?)\s+invoice\b",
            0.4,
        ),
        (r"\b(?:invoice|payment)\b{g}\b(?:overdue|outstanding|past due|late)\b", 0.4),
        (
            r"\b(?:pay|paid)\b{g}\b(?:when|once|after)\s+(?:our|my|the)\s+(?:client|customer|investor|boss|partner)s?\s+(?:pays?|paid|transfers?)\b",
            1.0,
        ),
        (
            r"\b(?:can|could)\s+(?:we|i)\s+(?:pay|send)\b{g}\b(?:later|next (?:week|month)|after)\b",
            0.8,
        ),
        (
            r"\b(?:pay|paid)\b{g}\b(?:on|upon|after)\s+(?:completion|delivery)\s+only\b|\bno payment until\b",
            0.8,
        ),
        (
            r"\bpay\w*\s+(?:you\s+)?in\s+(?:\d+|two|three|four|five|six|several|monthly)\s+(?:installments|instalments|parts|payments|chunks|tranches|pieces)\b",
            0.9,
        ),
        (
            r"\b(?:pay|paid|payment|invoice|money|released?)\w*\b{gap}\b(?:when|once|after|until)\b{gap}\b(?:hits?|reach\w*|meets?|achieves?)\b{g}\b(?:targets?|goals?|kpis?|numbers|results|milestones?)\b",
            1.0,
        ),
        (
            r"\b(?:when|once|after)\s+(?:the\s+)?(?:round|funding|investment|deal|grant|loan)\s+(?:closes|comes through|is closed|lands|is approved)\b|\bwaiting (?:on|for)\s+(?:the\s+|our\s+|my\s+)?(?:own\s+)?(?:investors?|funding|the money|our client|the client|payment from|the bank|the grant|budget approval|the loan)\b",
            0.8,
        ),
        (
            r"\b(?:pay|paid|payment|invoice|finance|accounts?|funds?|money)\w*\b{gap}\buntil\s+(?:the\s+)?(?:new|next)\s+(?:fiscal|financial|budget)?\s*(?:year|quarter|budget|cycle)\b|\b(?:finance|accounting|accounts|budget|payments?)\s+(?:is|are)\s+(?:closed|frozen|on hold|paused)\b",
            0.8,
        ),
        (
            r"\b(?:rolls?|pushed|moved|carried|goes)\s+(?:over\s+)?(?:to|into)\s+(?:the\s+)?next\s+(?:month|quarter|year|cycle|run|payment run|batch)\b",
            0.8,
        ),
        (
            r"\b(?:no|skip|without|drop|don'?t do|no more)\s+(?:milestone|stage|staged|interim|partial|upfront|up-front|advance)\s+payments?\b",
            1.0,
        ),
        (
            r"\b(?:pay|settle)\s+(?:for\s+)?(?:everything|it all|the whole thing|in full|all of it|all)\s+(?:at the end|when|after|once|in one go)\b",
            0.7,
        ),
        (
            r"\b(?:invoice|payment)\s+reminders?\b|\bstop\s+(?:emailing|chasing|bugging|reminding|nagging|pestering|messaging)\b",
            0.5,
        ),
        (
            r"\b(?:we'?ll|we will|i'?ll|i will)\s+get\s+(?:to|round to|around to)\s+(?:it|them|that|the invoice|paying)\b|\b(?:you'?ll|you will)\s+get\s+(?:it|paid|your money|the money)\s+(?:eventually|at some point|sooner or later|one day|soon enough)\b|\b(?:everyone|everybody)\s+pays\s+late\b",
            0.8,
        ),
        (
            r"\b(?:\d+|thirty|forty-?five|sixty|ninety)\s*(?:to|-)?\s*(?:\d+\s+)?days\s+(?:after|from|following)\b|\b\d+\s*(?:to|-)\s*\d+\s+days\b",
            0.5,
        ),
        (r"\b(?:overdue|past due|outstanding)\b", 0.35),
        (
            r"\bpayment (?:run|cycle|batch)\b|\binternal (?:approval|process)\b|\bsign-?off from\b",
            0.35,
        ),
        (
            r"\b(?:continue|keep going|keep working|proceed|carry on|start(?: the work)?)\b{g}\b(?:anyway|in the meantime|meanwhile|regardless)\b",
            0.35,
        ),
        (r"\bnet\s?-?(?:60|90|120|180)\b|\bnet\s?-?(?:45)\b", 0.55),
        (r"\b(?:on hold|frozen|paused|blocked|stuck)\s+until\b", 0.6),
        (
            r"\b(?:pay|paid)\b{gap}\bafter\s+(?:the\s+)?(?:campaign|launch|site|app|project|event|product)\s+(?:brings?|makes?|generates?|earns?|sells?|goes)\b",
            1.0,
        ),
        (
            r"\b(?:can'?t|cannot|won'?t|unable to|not able to)\s+pay\s+(?:this|that|the)\s+(?:month|week|quarter|time)\b|\bmaybe next (?:month|week|quarter)\b",
            0.8,
        ),
        (r"\brelease\w*\s+(?:the\s+)?(?:deposit|payment|funds|money|invoice|first payment)\b", 0.5),
        (
            r"\b(?:policy|standard|terms|rule|process)\b{g}\b(?:pay|payment)\w*\b{gap}\b(?:days|weeks|months|after|quarter)\b|\b(?:days|weeks) after (?:invoice|invoicing|receipt|delivery|approval)\b",
            0.55,
        ),
        (r"\bin the meantime\b|\bmeanwhile\b", 0.3),
        (
            r"\b(?:don'?t|do not|won'?t|never)\s+(?:pay|do)\s+(?:in\s+)?(?:stages|instal(?:l)?ments|milestones|advance|parts|upfront|deposits?)\b|\b(?:don'?t|do not)\s+send\s+(?:any\s+)?invoices?\s+until\b",
            1.0,
        ),
        (
            r"\bpay (?:you )?back\b|\bwhen things (?:pick up|get better|improve|calm down)\b|\bwhen (?:business|sales) (?:picks? up|improves?)\b|\bonce (?:we|i)'?re back on (?:our|my) feet\b",
            0.8,
        ),
        (
            r"\b(?:grant|loan|funding|investment|subsidy|budget)\s+(?:gets?|is|comes?)\s+(?:approved|through|in|released|signed)\b",
            0.6,
        ),
        (
            r"\b\d+\s+days\s+(?:from|after)\s+(?:end of (?:the )?month|eom|invoice|receipt|month end)\b|\beom\s*\+\s*\d+\b",
            0.8,
        ),
        (
            r"\b(?:pay|paid|payment|invoice|settle)\w*\b{gap}\b(?:once|when|after|until)\s+(?:the |our |my )?(?:client|customer|boss|board|ceo|owner|committee)s?\s+(?:signs? off|approves?|accepts?|is happy|are happy|confirms?|gives the go-?ahead)\b",
            0.7,
        ),
        (
            r"\b(?:don'?t|do not)\s+expect\s+(?:the\s+|any\s+)?(?:payment|money|to be paid|it|a payment)\b{gap}\b(?:before|until|till|soon|this month|for a while)\b",
            1.0,
        ),
        (
            r"\b(?:might|may|could|will)\s+take\s+(?:a while|some time|months|ages|a long time)\b",
            0.3,
        ),
        (
            r"\b(?:check|cheque|payment|money)\s+is\s+in\s+the\s+(?:mail|post)\b|\bgive it (?:a few|some|a couple of|another)\s+(?:more\s+)?(?:weeks|days|months)\b",
            0.8,
        ),
        (
            r"\b(?:pay|paying)\s+(?:freelancers|suppliers|vendors|contractors|invoices|agencies)\s+(?:only\s+)?(?:after|at the end|once|when|\d+)\b|\b(?:review|approval|acceptance|evaluation)\s+period\b",
            0.6,
        ),
    ],
    "free_work": [
        (r"\b(?:for|4)\s+(?:free|fre|nothing|nada|zero|no money|no charge)\b", 1.0),
        (
            r"\b(?:free of charge|free of cost|at no (?:cost|charge)|no charge|no cost|no fee|no fees|without (?:a )?fee|waive (?:the|your) fee|on the house|pro bono|gratis|complimentary|unpaid|without pay(?:ment)?|not paid|no pay|no payment|no compensation|no budget for (?:it|this|you)|zero pay|for exposure|without payment)\b",
            0.9,
        ),
        (
            r"\bfree\s+(?:sample|samples|trial|test|mock-?ups?|draft|drafts|design|designs|logo|logos|version|concept|concepts|pitch|work|consultation|revisions?|rounds?|help|job|article|piece|demo|prototype|edit|edits|fix|fixes|extras?|stuff|bonus|changes?)\b",
            0.9,
        ),
        (
            r"(?<!feel )(?<!are you )(?<!r u )(?<!are u )(?<!you )(?<!u )(?<!if )(?<!when )(?<!you're )(?<!youre )\bfree\b(?!\s+(?:time|to|for|tomorrow|today|on|at|this|next|now|later|up|slot|slots|afternoon|morning|evening|day|week|shipping|delivery|plan|tier|version of|trial of|stock|fonts?|images?|photos?|template|templates|licen[cs]e|hosting|ssl))",
            0.4,
        ),
        (
            r"\b(?:great|good|nice|amazing|huge|fantastic|valuable|big|perfect|excellent|awesome)\s+(?:exposure|visibility|opportunity|for your (?:portfolio|cv|resume|career|reputation)|portfolio piece|experience for you|addition to your portfolio)\b",
            1.0,
        ),
        (r"\bexposure\b", 0.6),
        (
            r"\b(?:for|in|to|add (?:it|this) to|build|grow|boost)\s+(?:your|ur)\s+(?:portfolio|cv|resume|reputation|followers)\b",
            0.6,
        ),
        (
            r"\b(?:in exchange for|in return for|instead of (?:payment|paying|money|cash)|as payment|rather than (?:pay|paying|money))\b",
            0.7,
        ),
        (
            r"\b(?:we'?ll|we will|i'?ll|i will|can)\s+(?:give you|offer you|pay (?:you )?(?:in|with))\s+(?:credit|a credit|a shout-?out|exposure|a mention|a review|a testimonial|a reference|products?|vouchers?|merch|free (?:product|stuff|meals?|coffee))\b",
            1.0,
        ),
        (
            r"\b(?:test|trial|sample|spec|audition|tryout|try-out)\s+(?:task|tasks|project|piece|work|job|design|article|assignment|round|logo)\b",
            0.5,
        ),
        (r"\bspec work\b|\bon spec\b", 0.8),
        (
            r"\b(?:can'?t|cannot|can not|don'?t|do not|won'?t|will not|aren'?t able to|are not able to|unable to)\s+(?:really\s+)?(?:pay|afford to pay|offer (?:any )?(?:payment|money|pay))\b(?!\s+(?:that much|so much|more|the full|the whole|yet|until|till|before|this month|now|right now|today|on time|the deposit|the rest|it all))",
            0.6,
        ),
        (
            r"\b(?:no|zero|don'?t have (?:a|any)|do not have (?:a|any)|haven'?t got (?:a|any)|there'?s no|there is no)\s+(?:budget|money|funds|funding)\s*(?:for (?:this|it|that|design|now)|to pay|right now|at the moment|yet|available|\.|,|!|$)",
            0.8,
        ),
        (
            r"\b(?:a|small|quick|little|tiny|big|huge)\s+favou?r\b|\bdo (?:me|us) a favou?r\b|\bas a (?:friend|favou?r|mate|buddy|bro)\b|\bfor a friend\b|\bfriends? (?:discount|price|rate)\b",
            0.6,
        ),
        (
            r"\b(?:only|just)\s+(?:takes?|take|need|needs)\s+(?:you\s+)?(?:\d+|a few|five|ten|a couple of?|couple of?)\s+(?:min|mins|minutes|seconds|secs)\b",
            0.5,
        ),
        (
            r"\b(?:\d+|five|ten|two|one)\s*(?:-|\s)?(?:min|mins|minute|minutes|sec|secs|second)\s+(?:job|task|thing|fix|change|work|edit|tweak)\b|\b(?:not|isn'?t|is not)\s+(?:real|proper|actual|a real|a proper)\s+(?:work|job|project)\b",
            0.5,
        ),
        (
            r"\b(?:opportunity|chance)\s+(?:for you\s+)?to\s+(?:build|grow|showcase|get your name|work with|prove|show)\b",
            0.7,
        ),
        (
            r"\b(?:equity|revenue share|rev share|profit share|commission only|commission-only|percentage of (?:the )?(?:profits?|sales|revenue)|share (?:of )?the profits|sweat equity|deferred pay(?:ment)?)\b",
            0.8,
        ),
        (
            r"\b(?:when|once|after)\s+(?:we|i)\s+(?:make money|get funding|get funded|are big|grow|raise|blow up|succeed|get investors?)\b",
            0.6,
        ),
        (
            r"\bjust\s+(?:a\s+)?(?:quick|rough|small|little)?\s*(?:mock-?up|draft|sketch|concept|idea|sample|example|design)s?\s+(?:first|before|so (?:we|i) can (?:see|decide|choose|compare))\b",
            0.6,
        ),
        (
            r"\b(?:before|so)\s+(?:we|i)\s+(?:decide|commit|hire|pay|sign|choose|go ahead|can decide|can see)\b",
            0.3,
        ),
        (
            r"\b(?:as a|as|little|small|nice)\s+(?:bonus|freebie|gift|goodwill gesture|gesture of goodwill)\b|\bfreebies?\b",
            0.6,
        ),
        (
            r"\b(?:surely|hopefully|of course|obviously)\s+{you}\s+(?:won'?t|wouldn'?t|don'?t|will not|aren'?t going to)\s+(?:charge|bill|invoice|ask for money)\b",
            1.2,
        ),
        (
            r"\b(?:you'?re|you are|are you|ur|u r)\s+(?:not\s+)?(?:seriously\s+|really\s+)?(?:going to |gonna )?(?:charge|charging|billing|invoicing)\s+(?:me|us)?\s*(?:for (?:that|this|such|a|something|one|two)|extra)\b",
            0.8,
        ),
        (
            r"\b(?:charge|charging|bill|billing|pay|paying)\s+(?:me|us|you)?\s*for\s+(?:something|a thing|that|this|such a)\s+(?:so\s+)?(?:small|tiny|little|quick|minor|simple|easy)\b",
            0.8,
        ),
        (
            r"\b(?:shouldn'?t|won'?t|doesn'?t|wouldn'?t|should not|will not) cost (?:anything|a thing|a penny|a cent|money)\b",
            0.8,
        ),
        (r"\bvolunteer\w*\b|\bcharity work\b|\bfor the cause\b|\bgood cause\b", 0.5),
        (
            r"\b(?:buy|get|treat)\s+(?:you|u)\s+(?:a\s+)?(?:coffee|beer|lunch|dinner|drink|pizza)\b",
            0.7,
        ),
        (
            r"\b(?:design |logo |writing |photo )?(?:contest|competition)\b|\bpay (?:only )?the winner\b|\bwinner gets? (?:paid|the)\b|\b(?:we|i) (?:pick|choose|select) (?:one|the best|a winner|our favou?rite)\b",
            0.8,
        ),
        (
            r"\bas an? (?:sample|test|trial|free sample|demo|audition|tryout|example of your work)\b",
            0.7,
        ),
        (
            r"\bif\s+(?:it'?s|we|you|they|the \w+)\s+(?:good|like it|love it|impress\w*|works|happy)\b{gap}\b(?:we'?ll|then|we will|maybe)\s+(?:talk|hire|pay|sign|discuss|consider|work together|give you)\b",
            0.6,
        ),
        (
            r"\b(?:but|instead)\s*,?\s+(?:you'?d|you'?ll|you will|you would|you can|you)\s+get\b|\b(?:you'?d|you'?ll|you will|you would)\s+get\s+(?:a\s+|free\s+)?(?:credit|passes|tickets|exposure|a mention|a shout-?out|free|products?|a review|the experience|a testimonial|lots of)\b",
            0.6,
        ),
        (r"\bso (?:we|i) can see (?:your|how you|what you|if you|whether you)\b", 0.45),
        (r"\b(?:then|after that)\s+(?:we'?ll|we will|i'?ll)\s+(?:decide|see|talk|know)\b", 0.35),
        (
            r"\bdonate\s+(?:your|some of your|a bit of your|the)\s+(?:time|services|work|skills|design|expertise)\b|\b(?:we'?re|we are)\s+(?:a\s+)?(?:charity|non-?profit|ngo|volunteer (?:group|organi[sz]ation))\b",
            0.8,
        ),
        (
            r"\b(?:quick|little|small|rough|tiny)\s+(?:mock-?up|sample|concept|draft|sketch|test|design|logo|example)\b{gap}\b(?:before (?:we|i)|so (?:we|i)|first)\b",
            0.6,
        ),
        (
            r"\b(?:see|test|check)\s+(?:your|ur)\s+(?:style|skills|tone|quality|level|work|abilities)\b",
            0.4,
        ),
        (
            r"\bguest post\b|\blink to (?:your|ur) (?:site|website|portfolio|page)\b|\bbacklink\b|\bcredit (?:you|your name)\b",
            0.45,
        ),
        (
            r"\b(?:submit|send|show|give us|prepare|create|design)\s+(?:us\s+)?(?:\d+|two|three|four|five|a few|some|several)\s+(?:\w+\s+)?(?:concepts|designs|ideas|samples|proposals|mockups|options|drafts|logos|versions)\b{gap}\b(?:pick|choose|select|decide|pay)\b",
            0.7,
        ),
        (
            r"\b(?:pick|choose|select)\s+(?:one|the best|a favou?rite|the one)\s+to\s+(?:pay|buy|use)\b",
            0.6,
        ),
        (r"\bno money\b|\bbroke\b|\bzero budget\b|\bshoestring\b", 0.45),
        (
            r"\b(?:sample|test|trial|example|specimen)\s+(?:\w+\s+){0,2}(?:translation|article|post|page|design|logo|edit|chapter|video|shoot|audit|pages)\b{gap}\b(?:before|to (?:assess|check|judge|evaluate|see)|so (?:we|i) can)\b",
            0.6,
        ),
        (
            r"\b(?:shares|stock options|a stake|a cut|a percentage|a share)\b{g}\b(?:instead|in the company|in the business|of the company|of profits|rather than)\b|\bhelp us out for\b|\bfor (?:some )?(?:shares|equity|stock)\b",
            0.8,
        ),
        (
            r"\b(?:get your name out|build your (?:name|brand|reputation)|great opportunity|amazing opportunity|huge opportunity)\b",
            0.55,
        ),
        (r"\bno charge\b|\bof course no charge\b|\bjust your thoughts\b|\bpick your brain\b", 0.6),
        (
            r"\bdonate\s+(?:a|an|your|some|the|one)\s+\w+\b|\bremember you when\b|\bwhen we'?re (?:big|famous|rich|successful)\b|\bwhen we make it\b",
            0.7,
        ),
        (
            r"\b(?:i'?ll|we'?ll|i will|we will)\s+owe you(?: one| big)?\b|\breturn the favou?r\b|\bscratch (?:my|our) back\b",
            0.8,
        ),
    ],
    "always_available": [
        (
            r"\b24\s?/\s?7\b|\b24-7\b|\b24 hours a day\b|\bseven days a week\b|\b7 days a week\b",
            1.0,
        ),
        (
            r"\b(?:round the clock|around the clock|day (?:or|and) night|night (?:or|and) day|at all times|all the time|at all hours|all hours|any hour|every hour of the day|always (?:available|online|reachable|on call|on|there|be there|respond|reply|answer)|any ?time (?:day or night|of (?:the )?(?:day|night)))\b",
            0.9,
        ),
        (
            r"\b(?:on call|on-call|reachable|available|online|pick up|picking up|answer|answering|respond|responding|reply|replying|check (?:your )?(?:email|messages|phone))\b{gap}\b(?:weekends?|saturdays?|sundays?|nights?|at night|late (?:at night|evenings?)|evenings?|holidays?|vacation|midnight|early morning|anytime|any ?time|at all times|always|24 ?hours|around the clock|round the clock|\d{1,2}\s?(?:pm|am))\b",
            0.8,
        ),
        (
            r"\b(?:weekends?|saturdays?|sundays?|nights?|evenings?|holidays?|vacation|midnight|anytime|any ?time)\b{gap}\b(?:on call|on-call|reachable|available|online|pick up|answer|respond|reply)\b",
            0.7,
        ),
        (
            r"\b(?:why|how come|y)\b{g}\b(?:didn'?t|did not|don'?t|do not|haven'?t|have not|aren'?t|weren'?t|wasn'?t|isn'?t|not|no|never|cant|can'?t|won'?t)\s+(?:{you}\s+)?(?:answer|reply|respond|pick|picked|call|get back|read|see|check|text|message|write)\w*",
            1.0,
        ),
        (
            r"\b(?:why|how come)\s+(?:are|r|were)\s+{you}\s+(?:not|never|always)\s+(?:answering|replying|responding|online|available|reachable|picking up|offline)\b",
            1.0,
        ),
        (
            r"\b(?:i(?:'ve| have)?|we(?:'ve| have)?)\s+(?:been\s+)?(?:called|calling|messaged|messaging|texted|texting|emailed|emailing|pinged|pinging|whatsapped|written to you|sent you|trying to reach|tried to reach|tried calling|tried to call)\b{gap}\b(?:\d+|three|four|five|six|ten|twenty|several|many|multiple|so many|a dozen|a million|a hundred|all day|all morning|all night|since)\s*(?:times|messages|calls|emails|hours|minutes|mins|days|this morning|yesterday|o'?clock)?\b",
            1.0,
        ),
        (
            r"\b(?:\d+|two|three|four|five|ten|twenty|several|many|a few|few)\s*(?:hours?|minutes?|mins?|hrs?|h)\s+ago\b",
            0.45,
        ),
        (
            r"\b(?:(?:no|still no|still waiting for (?:a|your)|without (?:a|any)|never got a|didn'?t get a)\s+(?:reply|response|answer|word|call back|callback|news)|still nothing|nothing yet\s*\?)\b",
            0.6,
        ),
        (
            r"\b(?:reply|respond|answer|get back|call back|react|write back|text back|pick up)\w*\b{gap}\b(?:within|in|under)\s+(?!24\b|48\b|a (?:day|week)\b|one (?:day|week)\b|1 (?:day|week)\b|two days\b|2 days\b)(?:\d+|an?|one|two|five|ten|fifteen|thirty|half an?|few|couple of|the)\s*(?:mins?|minutes|hours?|hrs?|h|seconds|secs)\b",
            0.9,
        ),
        (
            r"\b(?:reply|respond|answer|get back|call back|react|write back|pick up|response|responses)\w*\b{g}\b(?:immediately|immediatly|instantly|instant|right away|straight away|at once|the moment|as soon as (?:i|we) (?:message|call|write|text)|within minutes|in minutes|asap|{asap}|right then|same minute)\b",
            0.9,
        ),
        (
            r"\b(?:every|each)\s+(?:hour|hours|\d+\s*(?:hours?|hrs?|h|mins?|minutes)|half hour|half an hour|30 min\w*|few hours|couple of hours|two hours|three hours|morning and (?:evening|night)|step|little change|time i (?:call|message|text|write))\b",
            0.8,
        ),
        (
            r"\b(?:hourly|multiple times a day|several times a day|many times a day|twice a day|three times a day|constant|constantly|non-?stop|live|real-?time)\s+(?:updates?|reports?|calls?|check-?ins?|progress|status|screenshots?|contact)\b",
            0.9,
        ),
        (
            r"\b(?:call|ring|phone|text|whatsapp|message|msg|ping|contact|reach)\w*\s+(?:{you}|me)\s+(?:at|in the|during the|on|over the)?\s*(?:night|midnight|\d{1,2}\s?(?:am|pm)|late evening|weekends?|sunday|saturday|any ?time|whenever|all the time|at any hour)\b",
            0.7,
        ),
        (
            r"\b(?:expect|need|want|require)\w*\s+(?:{you}|u)\s+(?:to\s+)?(?:be\s+)?(?:always\s+)?(?:available|online|reachable|on call|responsive|at my disposal|on standby|by (?:your|the) phone|glued to)\b",
            0.9,
        ),
        (
            r"\b(?:at (?:my|our) (?:disposal|beck and call)|on standby|stand ?by (?:the|your) phone|keep (?:your|ur) phone (?:on|close|nearby)|glued to (?:your|ur) phone|never (?:turn|switch) off)\b",
            0.9,
        ),
        (r"\bmust be nice\b", 0.35),
        (
            r"\b(?:nice|good|kind|great|lovely) of (?:{you}) to (?:finally )?(?:reply|answer|respond|show up|get back|join|grace us|call back|turn up)\b",
            1.0,
        ),
        (
            r"\b(?:finally|at last|at long last)\b{g}\b(?:reply|replied|answer|answered|respond|responded|online|awake|back|showed up|picked up|call(?:ed)? back)\b",
            0.8,
        ),
        (
            r"\b(?:anyone|anybody|any1)\s+(?:there|home|alive|awake)\b|\b(?:are you|r u|you|u)\s+(?:alive|still there|there|still alive|awake|ignoring me|ignoring us|ghosting|dead)\s*(?:\?|$)|\bwhere (?:are|r) (?:you|u)\s*(?:\?|$)|\b(?:it'?s|its) been (?:an hour|\d+ (?:hours?|minutes|mins)|ages|all day|hours|days|forever)\b",
            0.8,
        ),
        (r"\b(?:ghost|ghosting|ghosted|ignoring|ignore)\s*(?:me|us|my|our)?\b", 0.6),
        (
            r"\b(?:took|take|taking|takes)\s+(?:{you}\s+)?(?:\d+\s+\w+|ages|forever|so long|all day|hours|days|a whole day|too long|this long)\s+to\s+(?:reply|answer|respond|get back|call back|read|see)\b",
            1.0,
        ),
        (
            r"\b(?:even|also|including)\s+(?:on\s+|at\s+|during\s+|over\s+)?(?:the\s+)?(?:weekends?|holidays?|vacation|sundays?|saturdays?|nights?|evenings?|christmas|public holidays|your day off|days off)\b",
            0.8,
        ),
        (
            r"\b(?:i\s+)?don'?t\s+care\s+(?:if|that)\s+(?:it'?s|its|it is|you'?re|you are)\s+(?:the\s+)?(?:weekend|sunday|saturday|night|late|a holiday|holiday|christmas|on vacation|on holiday|sick|busy|off)\b",
            1.2,
        ),
        (
            r"\b(?:during|on)\s+(?:your\s+)?(?:vacation|holiday|holidays|day off|days off|leave|honeymoon)\b",
            0.5,
        ),
        (
            r"\b(?:weekends?|saturdays?|sundays?|holidays?|midnight|late at night|at night|\d{1,2}\s?(?:pm|am)|christmas)\b",
            0.2,
        ),
        (r"\b(?:hello|helo|hi|hey|yo|ping|anyone)\s*\?{2,}", 0.5),
        # "???" alone is impatience, not a demand to be reachable ("Any update???"): it
        # needs company (a second availability cue) to flag a message
        (r"\?{3,}", 0.3),
        (
            r"\b(?:so|too|very|super|really|extremely)\s+(?:slow|late)\s+(?:to|in)\s+(?:reply|replying|respond|responding|answer|answering|get(?:ting)? back)\b|\bslow (?:reply|replies|response|responses)\b",
            0.7,
        ),
        (r"\bwhere (?:are|r|were|have) (?:you|u)(?: been)?\s*\?", 0.6),
        (
            r"\b(?:left|leaving)\s+(?:me|us)\s+(?:on\s+)?(?:read|seen|hanging)\b|\bseen (?:and|but) (?:no|not|didn'?t)\b|\bread (?:my|the) message (?:and|but)\b",
            0.9,
        ),
        (
            r"\b(?:it'?s|its|on a|this|even on a|at)\s+(?:sunday|saturday|the weekend|weekend|late|midnight|\d+\s?(?:pm|am)|christmas|a holiday|night|new year)\b{gap}\b(?:but|can you|could you|now|need)\b",
            0.8,
        ),
        (
            r"\b(?:call|chat|talk|meet|zoom|jump on|hop on|phone|ring)\b{g}\b(?:now|right now|right away|immediately|tonight|this minute)\b",
            0.6,
        ),
        (
            r"\b(?:we|i)\s+(?:pay|are paying|'re paying|'m paying|am paying)\s+(?:you\s+)?(?:to|for)\s+(?:be\s+)?(?:available|online|reachable|respond|answer|reply|on call|there)\b|\b(?:not|don'?t|aren'?t)\s+pay(?:ing)?\s+(?:you\s+)?to\s+(?:sleep|rest|relax|take (?:days|weekends|time) off|be offline|be away|ignore)\b",
            1.0,
        ),
        (r"\b(?:status|you'?re|you are|your status)\b{g}\b(?:away|offline|idle)\b", 0.5),
        (
            r"\b(?:didn'?t|did not|don'?t|never)\s+(?:wake up|pick up|answer|respond|reply|see it|check|call back)\b",
            0.5,
        ),
        (
            r"\b(?:slack|teams|whatsapp|telegram|phone|notifications?)\b{g}\b(?:on|open)\b{g}\b(?:all (?:the )?(?:time|hours|day)|always|24|weekends?|at night)\b",
            0.8,
        ),
        (r"\b(?:every|each)\s+(?:two|three|four|\d+)\s+(?:hours?|hrs?|h)\b", 0.8),
        (
            r"\b(?:keep|stay|be|remain)\s+(?:your\s+)?(?:\w+\s+)?(?:free|available|reachable|on standby|clear|open)\b{g}\b(?:sunday|saturday|weekend|evening|night|tonight|holiday|all day|just in case|might|changes)\b|\bkeep (?:sunday|saturday|the weekend|your evening|tonight) (?:free|open|clear)\b",
            0.7,
        ),
        (
            r"\b(?:haven'?t|have not|still haven'?t|didn'?t)\s+heard\s+(?:back|from (?:you|u))\b|\bno (?:answer|reply|response) (?:yet|all day|since)\b",
            0.55,
        ),
        (r"\b(?:not acceptable|unacceptable|this is ridiculous|ridiculous)\b", 0.3),
        (
            r"\bincluding weekends?\b|\bweekends? included\b|\b(?:7|seven) days\b|\bevery day including\b",
            0.6,
        ),
        (
            r"\b(?:personal|private|mobile|cell|home) (?:number|phone)\b|\breach (?:you|u) (?:any ?time|whenever|at any|at night|on weekends)\b",
            0.5,
        ),
        (
            r"\b(?:expect|want|need)\s+(?:an?\s+)?(?:answer|reply|response|replies|answers)\s+(?:right away|immediately|straight away|asap|within|at once|instantly|the same (?:hour|minute))\b",
            0.8,
        ),
        (r"\b(?:so|too|this) long to (?:answer|reply|respond|get back)\b|\btake so long\b", 0.6),
        (r"\b\d{1,2}\s?(?:pm|am)\b{g}\b(?:and|call|meeting|available|weekends?)\b", 0.3),
        (
            r"\bon standby\b|\bstand-?by\b|\bin case anything (?:breaks|happens|comes up|goes wrong)\b",
            0.6,
        ),
        (
            r"\b(?:were|was|are|saw you|see you|you'?re)\s+(?:online|active|on whatsapp|on slack)\b{gap}\b(?:didn'?t|did not|don'?t|not|no)\s+(?:respond|reply|answer)\w*\b",
            0.9,
        ),
        (
            r"\bfrom\s+\d{1,2}\s?(?:am|pm)?\s+(?:to|till|until|-)\s+\d{1,2}\s?(?:am|pm)\b|\b(?:early|late)\s+(?:morning|evening|night)s?\s+(?:calls?|meetings?|updates?)\b",
            0.55,
        ),
        (
            r"\b(?:didn'?t|did not|don'?t|never)\s+(?:answer|reply|respond|pick up)\b{gap}\b(?:at\s+)?(?:midnight|\d{1,2}\s?(?:pm|am)|night|weekend|sunday|saturday|late)\b",
            0.9,
        ),
        (r"\b(?:every|each)\s+(?:\d+|fifteen|thirty|twenty|ten|five)\s+(?:minutes|mins?)\b", 0.9),
        (
            r"\b(?:sunday|saturday|friday)\s+(?:night|evening)\b{gap}\bby\s+(?:monday|\d{1,2}\s?am|the morning|morning)\b",
            0.8,
        ),
        (
            r"\b(?:answer|reply|respond|react|get back)\s+(?:to me\s+)?(?:faster|quicker|sooner|more quickly|quickly)\b|\bwaiting (?:for )?more than\s+(?:\d+|five|ten|a few)\s+(?:minutes|mins|hours)\b",
            0.9,
        ),
    ],
    "guaranteed_outcome": [
        (
            r"\b(?:guarantee|guarantees|guaranteed|guaranty|guarantied|garantee|garantee|guarentee|guarente|gurantee|gaurantee|guarante|guaranteeing|garanteed|guarnatee)\b",
            1.0,
        ),
        (
            r"\b(?:promise|promised|promises|commit to|ensure|assure|confirm)\s+(?:us|me)?\b{gap}\b(?:results?|approved|accepted|funded|published|hired|pass|passes|win|wins|sales|leads|rank|ranking|rankings|traffic|followers|likes|views|customers|clients|revenue|roi|success|growth|increase|double|triple|conversions?|signups?|sign-ups?|visitors|downloads|installs|bookings|profit|profits|page one|first page|top \d+|number one|#1|viral)\b",
            1.0,
        ),
        (
            r"\b(?:first|top|1st|#1|number one|no\.? ?1|page one|page 1|top \d+|top three|top ten|top five|first position|position one|position 1|the top)\b{g}\b(?:page|spot|place|position|result|results|rank\w*)?\s*(?:on|in|of)?\s*(?:google|bing|search|serps?|the search|search results|app store|play store|amazon|tripadvisor|yelp)\b",
            0.9,
        ),
        (
            r"\b(?:google|bing|search)\b{g}\b(?:first|top|1st|#1|number one|no\.? ?1|page one|page 1|top \d+)\s+(?:page|spot|place|position|result|rank)\b",
            0.9,
        ),
        (
            r"\b(?:rank|ranking|ranked|rankings|be|get us|put us|land)\s+(?:us\s+)?(?:at\s+)?(?:#\s?1|number one|no\.? ?1|first|top|1st|on (?:the )?(?:first|top) page|on page (?:one|1))\b",
            0.8,
        ),
        (r"\b(?:go|goes|going|went|gone|make (?:it|this|us|our \w+))\s+viral\b|\bviral\b", 0.8),
        (
            r"\b(?:double|triple|quadruple|10x|5x|3x|2x|x2|x3|x10|skyrocket|explode|boost|increase|grow|multiply)\w*\s+(?:our|my|the|their)?\s*(?:sales|revenue|traffic|followers|leads|conversions|profits?|bookings|sign-?ups|income|customers|engagement|subscribers|downloads|orders|turnover)\b",
            0.45,
        ),
        (
            r"\b(?:\d[\d,.]*\s?k?|a million|millions of|thousands of|hundreds of|a thousand|a hundred|\d+\s?%\s+more)\s+(?:new\s+|more\s+|real\s+)?(?:followers|subscribers|likes|views|leads|sales|customers|clients|downloads|visitors|installs|sign-?ups|orders|bookings|users|members|conversions|impressions)\b{g}\b(?:in|within|by|per|a|each|every|after)\s+(?:a\s+|one\s+|the first\s+|\d+\s+)?(?:day|week|month|days|weeks|months|year)\b",
            1.0,
        ),
        (
            r"\b(?:100|hundred|one hundred)\s?(?:%|percent|per cent)\s+(?:sure|certain|guarantee|guaranteed|success|successful|results?|satisfaction|effective|works?|approval|approved|accurate|safe|positive)\b",
            1.0,
        ),
        (
            r"\b(?:money[- ]back|refund|refunded|give (?:us|me) (?:our|my|the) money back)\b{gap}\b(?:if|unless)\b",
            1.0,
        ),
        (
            r"\b(?:won'?t|will not|not going to|don'?t|do not|never)\s+pay\b{g}\b(?:if|unless)\b{gap}\b(?:results?|rank|sales|leads|works?|succeed|viral|first|top|increase|double|approved|wins?)\b",
            1.0,
        ),
        (
            r"\b(?:make sure|ensure|assure|be sure|be certain)\b{gap}\b(?:sells?|succeeds?|ranks?|viral|customers|sales|leads|results|roi|profits?|wins?|approved|approval|accepted|funded|investors|converts?|first page|top)\b",
            0.6,
        ),
        (
            r"\b(?:pay|paying|payment)\s+(?:only\s+)?(?:for|per|based on|on|according to|tied to)\s+(?:the\s+)?(?:results|performance|leads|sales|conversions|rankings)\b",
            0.6,
        ),
        (
            r"\b(?:results?|sales|leads|rankings?)\b{g}\b(?:by|in|within)\s+(?:next\s+)?(?:a|one|two|\d+|the first)?\s*(?:days?|weeks?|month|monday|friday)\b",
            0.5,
        ),
        (
            r"\b(?:no risk|risk-?free|zero risk|can'?t fail|cannot fail|must not fail|failure is not an option|has to work|must work|needs to work|have to succeed|must succeed)\b",
            0.6,
        ),
        (
            r"\b(?:need|needs|must|has to|have to|got to|gotta|should|will)\s+(?:to\s+)?(?:sell out|sell|rank|go viral|be viral|succeed|win|convert|bring (?:in\s+)?(?:customers|clients|sales|leads|money))\b",
            0.45,
        ),
        (
            r"\b(?:how many|how much)\s+(?:followers|leads|sales|customers|clients|traffic|visitors|likes)\s+(?:will|can|would)\s+(?:we|i)\s+(?:get|have|see)\b",
            0.4,
        ),
        (
            r"\b(?:certain|sure|promise)\s+(?:it|this|that|we|they)\s+(?:will|'ll|would)\s+(?:work|sell|rank|succeed|win|go viral|get approved|be approved|pass)\b",
            0.8,
        ),
        (
            r"\b(?:win|winning|get|secure)\s+(?:us\s+)?(?:the\s+)?(?:award|contest|competition|tender|pitch|grant|funding|investment|visa|approval)\b",
            0.35,
        ),
        (r"\b(?:only|just)\s+pay\b{gap}\bif\b", 0.6),
        (
            r"\b(?:conversion rate|rate|sales|revenue|traffic|numbers?|conversions?|sign-?ups|followers|leads|bookings|orders|profits?)\s+(?:doubles?|triples?|increases?|goes up|grows?|improves?|explodes?|skyrockets?)\b",
            0.45,
        ),
        (
            r"\b(?:confirm|promise|assure|ensure|guarantee|make sure|certain|sure)\b{gap}\b(?:will|'ll|gets?|get us|wins?|lands?)\b{g}\b(?:us\s+)?(?:a\s+)?(?:publisher|deal|investors?|funding|funded|clients?|customers|sales|leads|approved|approval|visa|contract|job|award|first|top|rank\w*|results?|hired|accepted|published)\b",
            0.9,
        ),
        (r"\b(?:on the first (?:try|attempt|go)|first time round|first time)\b", 0.3),
        (r"\bwhat'?s the point of (?:paying|hiring|working with) (?:you|u)\b", 0.4),
        (
            r"\b(?:certain|sure|promise|guarantee|confident|positive)\b{g}\b(?:will|'ll|would)\s+(?:increase|double|triple|boost|bring|get|work|sell|rank|succeed|win|go viral|pay off|convert|grow|drive)\b",
            0.8,
        ),
        (r"\b(?:increase|boost|grow|raise|improve|lift)\w*\s+(?:\w+\s+)?(?:by\s+)?\d+\s?%", 0.5),
        (
            r"\bonly if\b{gap}\b(?:doubles?|triples?|increases?|ranks?|goes viral|hits?|reaches?|sells?|works|grows?|converts?|wins?)\b",
            0.8,
        ),
        (r"\bpromise\b|\bpromises\b", 0.45),
        (
            r"\b(?:bestseller|best-seller|best selling|best-selling|sell out|sold out|blockbuster|hit song|chart)\b",
            0.45,
        ),
        (
            r"(?:#\s?1|\bnumber one|\bno\.? ?1|\btop spot|\bfirst place|\btop position|\btop of (?:google|search|the charts?))\b",
            0.4,
        ),
        (
            r"\b(?:a million|millions|\d+\s?k|\d{3,}|thousands|hundreds|tons of|lots of)\s+(?:of\s+)?(?:new\s+)?(?:downloads|followers|sales|leads|views|subscribers|customers|signups|sign-?ups|installs|users|visitors|orders|likes|clients|bookings|members)\b",
            0.5,
        ),
        (r"\b(?:make (?:that|it|this) happen|can you deliver that|can you do that)\b", 0.2),
        (
            r"\bif\b{gap}\b(?:doesn'?t|don'?t|fails?|isn'?t|aren'?t|won'?t|didn'?t|can'?t)\b{gap}\b(?:not|won'?t|don'?t|never)\s+(?:be\s+)?(?:paying|pay|paid)\b",
            1.0,
        ),
        (r"\bat least\s+{money}?\s?\d+\s*k?\b", 0.3),
        (
            r"\b(?:ensure|make sure|be sure|need to be sure|need to know)\b{gap}\b(?:will|'ll|attract|bring|get|sell|win|work)\b",
            0.45,
        ),
        (
            r"\b(?:definitely|certainly|for sure|surely|absolutely)\s+(?:\w+\s+){0,2}(?:get|bring|win|increase|sell|rank|work|attract|double|make)\b",
            0.5,
        ),
        (r"\b(?:certainty|certain|100% sure|assurance|assurances|iron-?clad|bulletproof)\b", 0.45),
        (
            r"\b(?:hits?|reach(?:es)?|meets?|achieves?|exceeds?)\s+(?:its|our|the|their|my)\s+(?:goal|target|funding goal|numbers|quota|kpis?)\b",
            0.5,
        ),
        (
            r"\b(?:needs?|has|have|must|should|got)\s+to\s+(?:double|triple|increase|boost|bring in|drive|generate|get us|win us|sell)\b",
            0.6,
        ),
        (r"\b(?:only|just)\s+pay\b{g}\bif\b|\bpay (?:only )?if (?:i|we|it|they)\b", 0.7),
        (
            r"\b(?:more|new)\s+(?:customers|clients|sales|leads|traffic|followers|users|bookings|signups)\b",
            0.25,
        ),
        (
            r"\b(?:otherwise|or else)\s+(?:it'?s|its|it is|that'?s)\s+(?:useless|pointless|worthless|a waste|no good)\b",
            0.5,
        ),
        (
            r"\btrend(?:ing)?\s+on\s+(?:twitter|x|tiktok|instagram|youtube|linkedin|google)\b|\bmake (?:it|our \w+|this|the \w+) trend\b|\btrending\b",
            0.8,
        ),
    ],
    "vague_brief": [
        (
            r"\b(?:you decide|u decide|you choose|u choose|you pick|dealer'?s choice|your call|surprise (?:me|us)|as you see fit|whatever works|whatever you (?:think|want|like|feel|prefer|fancy|come up with)|do whatever|do what(?:ever)? (?:you|u) (?:think|want|like|feel)|anything (?:is fine|works|goes|you like)|i trust (?:you|your (?:taste|judgement|judgment|instincts?|eye))|trust your (?:taste|judgement|judgment|instincts?|eye|gut))\b",
            0.9,
        ),
        (r"\bup to (?:you|u)\b(?!\s+(?:when|how many|which day|what time))", 0.55),
        (
            r"\bmake (?:it|them|the \w+|this|that|things|everything)\s+(?:more\s+)?pop\b|\b(?:pop|pops|popping) (?:more|a bit|a little|out more)\b|\bmore pop\b",
            1.0,
        ),
        (
            r"\b(?:make it|something|more|a bit more|little more|bit more|looks?|feels?|needs to be|should be|want it|just|be more)[\s.…]+(?:more\s+)?(?:modern|sexy|sexier|cool|cooler|fresh|fresher|wow|amazing|nice|nicer|pretty|prettier|beautiful|attractive|professional|catchy|creative|unique|different|better|funky|edgy|premium|elegant|fun|vibrant|trendy|engaging|interesting|snappy|snappier|punchy|punchier|dynamic|alive|exciting|stunning|awesome|epic|impressive|lively|classy|expensive|luxurious|young|hip|special|memorable|iconic|striking)\b",
            0.45,
        ),
        (
            r"\b(?:wow factor|wow effect|wow-effect|the wow|a wow|zing|oomph|pizzazz|pizazz|jazz (?:it|this|that) up|spice (?:it|this|that) up|je ne sais quoi|x factor|x-factor|magic touch|something special|some magic|more life|more energy|more soul|more personality|more character|more flavou?r|more\W{1,6}(?:wow|pop|oomph|zing|punch|pizzazz|magic|sparkle))\b",
            0.8,
        ),
        (
            r"\b(?:i'?ll|i will|we'?ll|we will|you'?ll|i|we)\s+know\s+(?:it\s+)?when\s+(?:i|we)\s+see\s+it\b|\bknow it when\b",
            1.3,
        ),
        (
            r"\b(?:not sure|unsure|no idea|don'?t know|dont know|do not know|dunno|no clue|haven'?t decided|not decided|can'?t decide|undecided|not certain|still figuring out)\b{g}\b(?:what|how|which|exactly|yet|whether)\b{g}\b(?:want|like|need|looks?|should|prefer|style|colou?rs?|direction)\b",
            0.9,
        ),
        (
            r"\b(?:something|anything|it)\s+(?:like|similar to|along the lines of|in the style of|inspired by)\b{gap}\b(?:but|only|just)\s+(?:better|different|unique|more|cooler|nicer|our own|original|fresher|not the same)\b",
            0.8,
        ),
        (
            r"\b(?:modern|minimalist|minimal|clean|simple|fresh|bold|classic|elegant|playful|serious|luxury|luxurious|premium|young|youthful|timeless|calm|quiet|subtle|corporate|fun|cheap|affordable)\b{g}\b(?:but|yet|and also|and at the same time|while also|while still)\b{g}\b(?:classic|traditional|bold|colou?rful|fun|playful|serious|warm|detailed|busy|loud|rich|modern|minimal|simple|complex|cheap|formal|exciting|edgy|luxurious|premium|expensive|corporate|quirky|wild|crazy|vibrant)\b",
            0.85,
        ),
        (
            r"\b(?:no|don'?t (?:really )?have (?:a|any)|do not (?:really )?have (?:a|any)|without (?:a|any)|haven'?t got (?:a|any)|there'?s no|there is no)\s+(?:real\s+|clear\s+|proper\s+|written\s+)?(?:brief|spec|specs|specification|requirements|reqs|guidelines|brand ?guide|plan|direction|references?|examples?)\b",
            0.6,
        ),
        (
            r"\bjust\s+(?:start(?!\s+(?:the\s+)?(?:work|working|on|now|asap|today|right|coding|writing|designing))|go ahead(?!\s+(?:with the|and (?:start|book|invoice|send)))|begin(?!\s+(?:the\s+)?work)|get started(?!\s+(?:on|with) the)|dive in|do something|make something|design something|come up with something|show me something|send (?:me |us )?(?:some )?(?:ideas|options|something)|go for it|run with it|wing it|go with your gut|be creative|get creative|do your thing|do your magic|work your magic)\b",
            0.7,
        ),
        (
            r"\b(?:start|begin|go ahead)\s+and\s+(?:we'?ll|we will|i'?ll|i will|let'?s)\s+see\b|\bfigure (?:it )?out as (?:we|you|u) go\b|\bplay it by ear\b|\bsee (?:what|how) (?:happens|it goes)\b|\bsee where it goes\b",
            0.9,
        ),
        (
            r"\b(?:creative freedom|free hand|free rein|free reign|carte blanche|full freedom|total freedom|complete freedom|full control|go wild|go crazy|run wild|blank canvas|no restrictions|no rules|sky'?s the limit)\b",
            0.8,
        ),
        (
            r"\b(?:something|anything)\s+(?:nice|good|cool|great|awesome|fancy|special|amazing|beautiful|different|interesting|catchy|eye-?catching|unique|creative|modern|fresh|original|memorable|striking|that (?:pops|sells|stands out|works|wows|grabs|looks good|feels right|people (?:like|love)))\b",
            0.6,
        ),
        (
            r"\b(?:you'?re|you are|ur|u r|youre)\s+the\s+(?:expert|pro|professional|designer|developer|creative|artist|writer|specialist|one with (?:the )?taste)\b{gap}\b(?:decide|choose|do what|whatever|figure|up to you|just do|you know best|surprise)\b",
            1.0,
        ),
        (r"\b(?:you|u)\s+know\s+(?:best|what (?:i|we) (?:want|like|mean|need))\b", 0.6),
        (
            r"\b(?:feels?|looks?|seems?)\s+(?:a bit |a little |kind of |kinda |just |somehow |slightly )?(?:off|wrong|not right|weird|flat|boring|meh|bland|dull|lifeless|generic|not quite right)\b",
            0.5,
        ),
        (
            r"\b(?:can'?t|cannot|hard to|difficult to|don'?t know how to)\s+(?:really\s+|quite\s+|exactly\s+|properly\s+)?(?:explain|describe|put (?:it )?into words|put (?:my|our) finger on|articulate|say exactly)\b",
            0.9,
        ),
        (
            r"\b(?:the|a|good|right|certain|cool|nice|fresh|young|premium|luxury)\s+(?:vibe|vibes|feel|feeling|energy|mood)\b",
            0.35,
        ),
        (
            r"\bmake (?:it|them|this)\s+(?:look\s+)?(?:good|nice|great|better|cool|awesome|professional)\b",
            0.4,
        ),
        (
            r"\b(?:you|u)\s+(?:get|know)\s+what\s+i\s+mean\b|\bif you know what i mean\b|\bsomething like that\b|\bsort of thing\b|\bkind of thing\b|\bor something\b",
            0.4,
        ),
        (
            r"\b(?:don'?t|do not|doesn'?t)\s+(?:have|need)\s+(?:to be\s+)?(?:anything\s+)?(?:specific|exact|detailed|precise|particular)\b",
            0.6,
        ),
        (
            r"(?:\b(?:fresh|premium|friendly|edgy|corporate|modern|classic|fun|serious|playful|minimal|minimalist|bold|luxury|luxurious|young|elegant|simple|cool|warm|professional|quirky|clean|vibrant|timeless|trendy|colou?rful|calm|energetic|techy|organic|rustic|sleek|retro|futuristic)\b[^.?!\n]{0,14}){4,}",
            0.6,
        ),
        (
            r"\b(?:no idea|not sure|don'?t know|dunno|no clue|undecided|haven'?t decided|open)\s+(?:about|on|regarding|re|with)\s+(?:the\s+)?(?:colou?rs?|style|fonts?|design|look|direction|name|audience|content|layout|branding|tone|anything)\b",
            0.8,
        ),
        (
            r"\b(?:target audience|audience|target group|customers?)\s+(?:is|are)\s+(?:everyone|everybody|anyone|all ages|all people)\b|\bfor everyone\b",
            0.5,
        ),
        (
            r"\b(?:just\s+)?(?:do|make)\s+(?:the usual|your usual|something usual|the normal thing|your thing|what you usually do|what you normally do|your magic|the magic|something)\b",
            0.7,
        ),
        (
            r"\blike\s+(?:\w+\s+){1,3}but\s+(?:not|different|better|unique|more|less|our own|original|cooler|fresher|with a twist)\b",
            0.8,
        ),
        (
            r"\b(?:open to anything|anything goes|anything really|whatever comes to (?:mind|you)|no preference|no preferences)\b",
            0.7,
        ),
        (r"\bcome up with\s+(?:a|some|something|anything|an idea|ideas|a concept)\b", 0.35),
        (
            r"\b(?:feels?|looks?|sounds?) like us\b|\b(?:our|the) (?:vibe|essence|soul|spirit)\b",
            0.5,
        ),
        (
            r"\b(?:look|looks|feel|feels|be)\s+like\s+(?:a|an)\s+(?:big|real|proper|serious|premium|luxury|famous|global|fancy)\s+(?:brand|company|corporation|agency|business)\b",
            0.6,
        ),
        (
            r"\b(?:represents?|captures?|embod(?:y|ies)|reflects?)\s+(?:everything|all|who we are|what we (?:do|are|stand for)|our (?:values|essence|soul|spirit|dna))\b|\beverything we stand for\b",
            0.55,
        ),
        (
            r"\bcan'?t (?:tell|say|explain) (?:you )?(?:what|why)\b|\bnot sure (?:which|what|why|how)\b|\bi just know\b|\b(?:i|we) (?:just )?want (?:it|them) to feel\b",
            0.45,
        ),
        (r"\btry something\b|\bshow (?:me|us) something\b|\bsomething (?:else|different)\b", 0.4),
        (
            r"\bfeel(?:s)?\s+(?:premium|modern|fresh|young|luxurious|expensive|friendly|cool|right|special|unique|high-?end)\b",
            0.3,
        ),
        (r"\bsomething\b", 0.1),
        (
            r"\b(?:give|add|inject)\s+(?:it|them|the \w+)\s+(?:some|a bit of|more|a little)\s+(?:personality|character|life|soul|spark|magic|flair|edge|attitude|energy|flavou?r|wow)\b",
            0.65,
        ),
        (
            r"\byou know what (?:we'?re|i'?m) (?:going for|after|looking for|thinking)\b|\byou get the idea\b|\byou get the picture\b",
            0.6,
        ),
        (
            r"\b(?:appeals?|speaks?|works?)\s+to\s+(?:everyone|everybody|all ages|all audiences|young and old|every age)\b|\byoung and old\b",
            0.55,
        ),
        (
            r"\b(?:run with it|run wild|take it (?:wherever|anywhere)|see what you come up with|show us what you'?ve got)\b",
            0.6,
        ),
        (
            r"\bsomething'?s missing\b|\bsomething is missing\b|\bput (?:my|our) finger on\b|\bit'?s just not\b|\bmissing something\b",
            0.6,
        ),
        (r"\b(?:a few|some|several|different|various)\s+directions\b", 0.35),
        (
            r"\b(?:i'?ll|we'?ll|i will|we will)\s+know\s+(?:what|it|which|when)\b{g}\b(?:when|after|once)\s+(?:i|we|you)\b",
            1.0,
        ),
        (
            r"\b(?:that|a|some)\s+(?:special|certain|extra|magic)\s+something\b|\bje ne sais quoi\b|\bthat little extra\b",
            0.7,
        ),
        (
            r"\b(?:you'?re|you are|ur|u r)\s+the\s+(?:expert|pro|professional|creative|artist)\b",
            0.3,
        ),
        (
            r"\b(?:i'?ll|we'?ll|i will|we will)\s+see what (?:i|we) like\b|\bthrow (?:some |a few )?ideas at (?:me|us)\b",
            0.8,
        ),
    ],
    "endless_revisions": [
        (
            r"\b(?:another|one more|1 more|a few more|few more|couple more|couple of more|some more|yet another|one last|a last|several more|two more|three more|\d+ more|a couple more|just one more|many more|few other|some other)\s+(?:small\s+|quick\s+|little\s+|tiny\s+|minor\s+|final\s+|last\s+)?{rev}\b",
            0.8,
        ),
        (
            r"\b(?:new|more|extra|additional|further)\s+(?:small\s+|quick\s+|little\s+|minor\s+)?(?:rounds?|revisions?|iterations?|variations?|variants?|versions?|concepts?|drafts?|mockups?)\b",
            0.5,
        ),
        (
            r"\b(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|umpteenth|nth|millionth|hundredth|fifteenth)\s+(?:round|revision|revison|time|version|draft|iteration|change|attempt|try|set of (?:changes|edits|revisions|comments)|batch of (?:changes|edits)|mockup|concept|option|edit|pass)\b",
            1.0,
        ),
        (
            r"\b(?:change|changing|redo|re-?do|revise|rework|re-?work|modify|update|tweak|adjust|fix|edit|switch|swap|move|make|alter|try|do|redesign|re-?design|rewrite|re-?write|repaint|recolou?r|resize|replace|shift|flip|rotate)\w*\b{gap}\b(?:again|once more|one more time|yet again|all over again|another time|back again)\b",
            0.8,
        ),
        (
            r"\b(?:go|goes|going|went|change it|switch|switching|revert|reverting|return|returning|come)\s+back\s+to\s+(?:the\s+|what\s+)?(?:first|original|old|previous|initial|earlier|1st|last|v\d|version|before|how it was|the way it was|option (?:a|1|one)|draft (?:1|one)|we had)\b",
            1.0,
        ),
        (
            r"\b(?:(?:start|starting|begin|beginning|do it|redo it|try|let'?s start)\s+(?:all\s+)?(?:over|again from|afresh|from zero|from the beginning|anew)|(?:back to|from|start from|restart from) scratch|start again)\b",
            0.9,
        ),
        (
            r"\b(?:completely|totally|entirely|something|a|really|quite|whole|very)\s+(?:different|other|new)\s+(?:direction|approach|idea|concept|style|design|look|thing|take)\b|\bcompletely different\b|\btotally different\b|\bsomething else entirely\b",
            0.6,
        ),
        (
            r"\b(?:i|we|boss|client|team|he|she|they|everyone|nobody|no one|ceo|wife|husband|partner)\s+(?:still\s+)?(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|dont|not)\s+(?:really\s+|quite\s+|totally\s+|fully\s+)?(?:like|love|liking|feel|get|dig|care for|vibe with)\b",
            0.55,
        ),
        (
            r"\b(?:not|isn'?t|is not|wasn'?t)\s+(?:quite\s+|really\s+|exactly\s+)?(?:it|right|there|what (?:i|we) (?:want|wanted|had in mind|imagined|meant|asked for|pictured|were looking for|expected)|the one|working for (?:me|us)|what i see in my head)\b",
            0.55,
        ),
        (
            r"\b(?:still|yet)\s+(?:not|isn'?t|doesn'?t|don'?t|no|isnt)\s+(?:right|good|it|there|quite|work|look|feel|what|working|happy|convinced|sure|perfect)\b",
            0.8,
        ),
        (
            r"\b(?:try|show|give|send|do|make)\s+(?:(?:me|us)\s+)?(?:again|something else|another|a different|other|some other|few other|different)\b",
            0.5,
        ),
        (
            r"\b(?:unlimited|endless|infinite|limitless|as many as (?:i|we) (?:want|need|like))\s+(?:revisions?|changes|rounds|edits|tweaks|iterations|versions|variations|options)\b|\bas many (?:revisions|changes|rounds|versions|times|options) as\b",
            1.0,
        ),
        (
            r"\b(?:until|till|til|untill)\s+(?:i'?m|we'?re|i am|we are|the (?:client|boss|board) is|he'?s|she'?s|they'?re|everyone is|it'?s)\s+(?:100%\s+|fully\s+|completely\s+|totally\s+|really\s+)?(?:happy|satisfied|sure|perfect|right|in love|pleased|convinced)\b",
            0.9,
        ),
        (
            r"\b(?:just|only|a few|couple of|some|few|small|tiny|little|minor|quick)\s+(?:small\s+|tiny\s+|little\s+|minor\s+|quick\s+)?(?:changes|tweaks|edits|adjustments|corrections|fixes|alterations|modifications)\b",
            0.4,
        ),
        (
            r"\b(?:last|final)\s+(?:one|change|tweak|round|revision|thing|edit|time|request|version)\b{g}\b(?:promise|swear|really|i mean it|for real|honestly|seriously|truly)\b",
            1.1,
        ),
        (r"\b(?:the\s+)?(?:last|final)\s+(?:change|tweak|revision|edit|round)s?\b", 0.45),
        (
            r"\b(?:boss|wife|husband|partner|team|ceo|manager|director|board|committee|mom|mum|mother|father|dad|friend|cofounder|co-founder|investor|colleagues?|family|everyone)\s+(?:didn'?t|doesn'?t|don'?t|does not|did not|wants?|wanted|asked|changed|thinks|thought|suggested|prefers|hated?|dislikes?|says|said|feels|felt|would like|isn'?t happy|is not happy|not happy)\b",
            0.35,
        ),
        (
            r"\bnone of (?:them|these|those|the (?:options|designs|versions|concepts|drafts|logos|ideas|proposals))\b|\b(?:neither|nothing) (?:of (?:them|these)|works|worked|feels right|is right)\b",
            0.8,
        ),
        (
            r"\b(?:back and forth|round and round|going in circles|go in circles|again and again|over and over|once again|yet again)\b",
            0.7,
        ),
        (
            r"\b(?:changed|change|changing)\s+(?:my|our|his|her|their)\s+mind\b|\bon second thought\b|\bscratch that\b|\bactually,? (?:let'?s|can we|could we|go back|change)\b",
            0.6,
        ),
        (
            r"\b(?:show|send|give|make|do|prepare|create|design)\s+(?:me\s+|us\s+)?(?:\d+|more|a few more|several|ten|twenty|five|some other|other|a bunch of|lots of|loads of|many|tons of)\s+(?:more\s+)?(?:options|versions|variations|variants|concepts|ideas|alternatives|designs|drafts|mockups|logos|colou?rs|layouts|fonts)\b",
            0.7,
        ),
        (
            r"\b(?:revisions?|rounds?|changes)\b{g}\b(?:aren'?t|are not|is not|isn'?t|weren'?t)\s+(?:over|done|finished|enough)\b",
            0.8,
        ),
        (
            r"\b(?:make|do|change)\s+(?:it|the \w+|this|that|them)\s+(?:bigger|smaller|brighter|darker|bolder|lighter)\b{g}\b(?:no|actually|wait|again|back)\b",
            0.6,
        ),
        (
            r"\b(?:don'?t|do not|doesn'?t)\s+(?:love|like)\s+(?:it|this|that|any|them|these|those|the)\b|\b(?:hate|hated|dislike)\s+(?:it|this|that|them|all)\b",
            0.5,
        ),
        (
            r"\b(?:approved|signed off|agreed|confirmed|finali[sz]ed|happy with)\b{gap}\b(?:but|however)\b{gap}\b(?:change|redo|go back|start|different|new|another|scratch|again|revisit|rethink)\w*\b",
            0.75,
        ),
        (
            r"\bback\s+to\s+(?:the\s+)?(?:very\s+|original\s+|old\s+)?(?:first|original|old|previous|initial|earlier|1st|v\s?\d|version\s?\d|draft\s?\d|option\s?\w|round\s?\d|what it was|how it was|the way it was|before|square one)\b",
            1.0,
        ),
        (
            r"\b(?:\d+|two|three|four|five|six|few|several) (?:rounds?|versions?|drafts?|iterations?) ago\b",
            0.8,
        ),
        (
            r"\b(?:promise|swear|honestly|really|truly)\b{g}\b(?:the\s+)?(?:last|final)\s+(?:one|change|tweak|round|revision|time|thing|request)\b",
            1.0,
        ),
        (
            r"\b(?:keep|continue|continuing|keeps?)\s+(?:on\s+)?(?:iterating|tweaking|changing|revising|refining|going back and forth|adjusting|editing|playing)\b|\b(?:no|without|without a|not a)\s+limit\b|\bunlimited\b",
            0.7,
        ),
        (
            r"\bno wait\b|\bmix (?:\d+|them|both|the two|a and b|1 and 2)\b|\b(?:combine|merge) (?:version|option|draft|v)\s?\w+ (?:and|with)\b",
            0.5,
        ),
        (
            r"\b(?:said|asked|changed|tried) (?:that|this|it)\s+(?:\d+|two|three|four|five|many|several|ten) times\b|\b(?:\d+|two|three|four|five)\s+times already\b",
            0.7,
        ),
        (r"\b(?:round|revision|version|draft|iteration|v)\s?#?(?:[3-9]|\d{2,})\b", 0.7),
        (
            r"\byet another\b|\banother (?:colou?r scheme|layout|font|palette|direction|logo|design|concept|take|version|go)\b",
            0.55,
        ),
        (
            r"\bredo\s+(?:the\s+|it\s+|everything|all)\s*(?:whole|entire|full|complete|of it|again)?\b|\bre-?do (?:the )?(?:whole|entire)\b",
            0.6,
        ),
        (r"(?:^|[.!?]\s*)again\s*,|\bagain,? sorry\b|\bsorry,? again\b", 0.45),
        (
            r"\b(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|twenty|so many|countless|dozens of)\s+(?:versions|rounds|drafts|iterations|revisions|concepts|options|attempts|tries|mockups)\b",
            0.65,
        ),
        (
            r"\b(?:liked|approved|chose|picked|preferred|loved|signed off|agreed|said yes)\b{gap}\bbut now\b|\bnow (?:i|we) (?:prefer|want|like|think)\b{g}\b(?:again|instead|the other|the first|the old|the original)\b",
            0.7,
        ),
        (
            r"\b(?:try|see|show|do|make)\s+(?:it|them|this)\s+in\s+(?:\w+)\s*\?\s*(?:then|and|now)\b|\bcompare them all\b|\band maybe\b{g}\btoo\b",
            0.5,
        ),
        (r"\bagain\b", 0.25),
        (r"\b(?:still|yet)\s+(?:don'?t|doesn'?t|do not|does not)\s+(?:love|like|feel|get)\b", 0.65),
        (
            r"\b(?:see|show|try|bring back|revisit)\s+(?:the\s+)?(?:first|original|old|previous|earlier|initial)\s+(?:one|version|draft|design|concept|option|logo|layout)\s+again\b|\bmix of (?:both|them|the two|all)\b|\bnext to the (?:latest|new one|current)\b",
            0.7,
        ),
        (
            r"\b(?:another|new|fresh|more|further)\s+(?:set|batch|list|wave|bunch)\s+of\s+(?:revisions|changes|edits|comments|feedback|notes|tweaks|corrections)\b|\bnew feedback on everything\b",
            0.75,
        ),
        (
            r"\b(?:scrap|bin|trash|ditch|throw out|toss)\s+(?:all of|everything|it all|all|the whole|the entire|what we have)\b|\bstart (?:fresh|afresh|anew|from zero)\b",
            0.75,
        ),
        (
            r"\b(?:change|switch|put|set)\s+(?:the\s+)?\w+\s+back\b|\b(?:and then|then)\s+(?:to|try|back to)\s+(?:the\s+)?(?:other|first|old|previous)\s+(?:one|version)\b",
            0.55,
        ),
        (r"\bjust (?:want|wanna) to see\b|\bjust to (?:see|compare)\b", 0.3),
        (r"\bbring back (?:the|that|my|our|option|version)\b|\bsee it again\b", 0.55),
        (
            r"\bundo (?:all\s+)?(?:of\s+)?(?:the\s+)?(?:changes|edits|revisions|tweaks|updates)\b|\b(?:last|past) (?:\d+|two|three|four|five|few) rounds\b",
            0.8,
        ),
    ],
    "ignores_advice": [
        (
            r"\b(?:i|we)(?:'ve|'d| have| had)?\s+(?:know|understand|heard|get|realise|realize|hear|see|appreciate|read|saw|got|noted)\s+(?:what\s+)?(?:{you}|your)\s*(?:said|say|saying|think|suggested|suggest|recommended|recommend|advised|advise|mean|meant|told|warned|are saying|'?re saying|wrote|point|points|concern|concerns|advice|recommendation|suggestion|opinion|view|note|notes|email|message|explanation|comments?|memo|warning|reasoning|argument|objection|feedback)\b{gap}\b(?:but|however|still|anyway|regardless|nevertheless|though)\b",
            1.2,
        ),
        (
            r"\b(?:i|we)\s+(?:know|understand|get it|realise|realize)\b{g}\b(?:but|however)\b{gap}\b(?:do it|just|want|go ahead|anyway|still|regardless|my way|as i|like i|keep|leave)\b",
            0.6,
        ),
        (
            r"\b(?:just\s+)?do\s+(?:it|this|that|what i (?:say|said|ask|asked|want|tell|told)|as i (?:say|said|ask|asked|told))\b{g}\b(?:anyway|anyways|regardless|my way|as i said|like i said|like i asked|as asked|as told|period|full stop|end of)\b",
            1.0,
        ),
        (
            r"\b(?:do|build|make|design|write|keep|leave)\s+(?:it|this|that|them)\s+(?:my way|our way|the way i (?:said|want|asked|told you|like))\b|\bmy way\b",
            0.55,
        ),
        (
            r"\b(?:just\s+)?(?:do|make|build)\s+(?:what|as|exactly what|exactly as)\s+(?:i|we)\s+(?:say|said|ask|asked|tell|told|want|wanted|instructed|specified)\b|\bdo as you'?re told\b|\bdo as (?:i|you are) (?:say|told)\b",
            0.9,
        ),
        (
            r"\b(?:(?:i|we)\s+)?(?:don'?t|do not|dont)\s+(?:care|need|want|give a)\b{g}\b(?:about\s+)?(?:what (?:you|u) (?:think|say|recommend|suggest|want)|your (?:opinion|advice|suggestion|recommendation|input|view|thoughts|expertise|ideas|concerns|rules|process)|best practices?|guidelines|standards|accessibility|testing|tests|seo|backups?|security|mobile|responsive|privacy|gdpr|the rules|conventions|what'?s recommended|readability|load time|speed)\b",
            1.2,
        ),
        (r"\bi\s+don'?t\s+care\b|\bwho cares\b|\bwhatever,?\s+just\b", 0.45),
        (
            r"\b(?:i'?m|i am|we'?re|we are)\s+(?:the\s+)?(?:client|customer|boss|one paying|ones paying|paying (?:you|for this|for it))\b|\bi'?m paying\b|\bwe'?re paying\b",
            0.75,
        ),
        (
            r"\b(?:i|we)\s*(?:'?m|am|'?re|are)?\s*(?:the ones? )?pay(?:ing)?\s+(?:you|for (?:this|it))\b{g}\b(?:so|therefore|,|meaning)\b",
            0.8,
        ),
        (
            r"\bwho'?s (?:paying|the client|the boss)\b|\bwho is (?:paying|the client|the boss)\b|\b(?:the )?customer is (?:always )?(?:right|king)\b|\bclient is (?:always )?(?:right|king)\b",
            1.0,
        ),
        (
            r"\b(?:skip|skipping|forget|forget about|ignore|drop|don'?t bother with|no need for|we don'?t need|i don'?t need|leave out|cut|remove|get rid of|without)\s+(?:the\s+|any\s+)?(?:testing|tests|qa|backups?|back-?ups|security|accessibility|ssl|https|review|proofreading|proof-?reading|staging|research|user testing|documentation|legal review|planning|discovery|analytics|optimi[sz]ation|mobile version|responsive(?: design)?|alt text|privacy policy|cookie banner|gdpr|updates|maintenance|code review|usability testing)\b",
            0.8,
        ),
        (
            r"\b(?:ignore|disregard|forget|never mind|nevermind|scrap)\s+(?:your|the|what (?:{you}) (?:said|suggested|recommended))\s+(?:{adv}|rules?|said|suggested|recommended)\b",
            1.0,
        ),
        (
            r"\b(?:despite|regardless of|against|contrary to|in spite of|notwithstanding|irrespective of)\s+(?:what (?:you|u) (?:said|say|think|recommended|suggested|advised|wrote)\b|(?:your|the|my|any|all)\s+(?:{adv}|better judge?ment|warnings?|objections?))\b",
            1.0,
        ),
        (
            r"\b(?:nephew|niece|cousin|friend|son|daughter|wife|husband|brother|sister|uncle|aunt|neighbou?r|brother-in-law|mate|buddy|dad|mom|mum)\s+(?:said|says|thinks|told me|reckons|knows|showed me|believes|is a|who)\b",
            0.45,
        ),
        (
            r"\b(?:comic sans|papyrus|auto-?play(?:ing)?\s+(?:music|video|sound)|music on (?:the )?(?:site|website|homepage)|flash intro|splash page|blinking text|marquee|all caps)\b",
            0.35,
        ),
        (
            r"\b(?:doesn'?t|does not|don'?t|do not)\s+matter\b|\bnot important\b|\bnobody (?:reads|cares|uses|checks|looks at|notices)\b|\bno one (?:reads|cares|uses|checks|looks at|notices)\b",
            0.45,
        ),
        (
            r"\b(?:you'?re|you are|u r|ur)\s+(?:overthinking|over-?thinking|overcomplicating|over-?complicating|being difficult|being dramatic|wrong|making (?:a|too) (?:big )?(?:deal|fuss)|too cautious|paranoid|too picky)\b",
            0.8,
        ),
        (
            r"\bstop\s+(?:arguing|questioning|overthinking|making excuses|pushing back|lecturing|telling me|suggesting|second-?guessing|complicating)\b",
            1.0,
        ),
        (
            r"\bno (?:buts|ifs|excuses|discussion|arguments?|debate|questions asked|more discussion)\b|\bend of (?:discussion|story|debate)\b|\bfinal decision\b|\bnot up for (?:debate|discussion)\b|\bnon-?negotiable\b|\bthat'?s final\b",
            0.8,
        ),
        (
            r"\b(?:didn'?t|did not|don'?t|do not|never)\s+ask\s+(?:for\s+)?(?:your|for your|you for)\s+(?:{adv}|thoughts|two cents)\b|\bdid i ask\b|\bnobody asked\b|\bno one asked\b",
            1.2,
        ),
        (
            r"\b(?:i|we)\s+(?:know|understand|accept|take)\s+(?:the|this|that|all the)\s+(?:risks?|consequences)\b|\bat (?:my|our) own risk\b|\bon (?:me|us) if it (?:breaks|fails)\b",
            0.6,
        ),
        (r"\btrust me\b", 0.4),
        (
            r"\b(?:i|we)\s+know\s+(?:better|what i'?m doing|what we'?re doing|my (?:business|customers|market|audience|clients)|our (?:business|customers|market|audience|clients)|best)\b",
            0.9,
        ),
        (
            r"\b(?:exactly|precisely|just)\s+(?:as|like)\s+(?:i|we)\s+(?:said|asked|described|showed|drew|sketched|wrote|specified|told you)\b",
            0.5,
        ),
        (
            r"\b(?:i'?d|we'?d|i would|we would)\s+(?:still\s+)?(?:rather|prefer)\b{gap}\b(?:even if|anyway|regardless|despite)\b",
            0.8,
        ),
        (
            r"\b(?:even if|even though)\s+(?:it|this|that)\s+(?:breaks|won'?t work|doesn'?t work|is slower|looks bad|hurts|is wrong|isn'?t best practice|loads slowly|costs)\b",
            0.8,
        ),
        (
            r"\b(?:i|we)\s+(?:don'?t|do not)\s+(?:want|need)\s+(?:to\s+)?(?:hear|your)\b{g}\b(?:opinion|advice|lecture|reasons|excuses|explanation|suggestions)\b",
            1.0,
        ),
        (r"\bjust do it\b|\bjust do as\b|\bjust listen\b|\bjust follow\b", 0.45),
        (r"\b(?:you|u)\s+(?:work for|are working for)\s+(?:me|us)\b", 0.7),
        (
            r"\b(?:i hear you|i get it|point taken|noted|understood|fair enough|yes i know|yeah i know|i get that|i see your point|i know that|good point|i appreciate (?:the|your) (?:advice|concern|input|explanation))\b{gap}\b(?:but|however|still|anyway)\b",
            0.65,
        ),
        (
            r"\b(?:you|u)\s+(?:recommended|suggested|advised|warned|told us|explained|mentioned|said)\b",
            0.35,
        ),
        (r"\bi don'?t care (?:if|that|whether|how|what)\b", 0.6),
        (
            r"\b(?:we'?re|we are|i'?m|i am|we'?ll|we will|i'?ll|i will|going to|gonna)\s+(?:doing|do|going with|going ahead with|go ahead|launching|launch|proceeding with|proceed|keeping|keep|go|sticking with|stick with)\s+(?:with\s+)?(?:it|this|that|ahead|with it|the \w+)?\s*anyway\b",
            1.0,
        ),
        (
            r"\b(?:do|doing|go ahead|proceed|proceeding|keep|launch|use|add|build|put|want)\w*\b{g}\banyway\b",
            0.5,
        ),
        (
            r"\beven if (?:you|u) (?:think|say|believe|feel|disagree|don'?t like)\b|\bwhether you like it or not\b",
            1.0,
        ),
        (
            r"\bi know (?:you|u) (?:said|say|think|recommended|suggested|advised|warned|prefer|don'?t like)\b",
            0.75,
        ),
        (
            r"\b(?:yes|yeah|yep),?\s+(?:all of them|really|i'?m sure|we'?re sure|i mean it|seriously|exactly that|every one)\b",
            0.35,
        ),
        (
            r"\bjust\s+(?:build|do|make|launch|ship|publish|go live with|use|print|post)\s+it\b",
            0.45,
        ),
        (
            r"\b(?:no more|stop (?:the|with the|giving)|enough)\s+(?:suggestions|advice|recommendations|opinions|questions|lectures|pushback)\b",
            0.9,
        ),
        (r"\banyway\b|\banyways\b|\bregardless\b|\bnevertheless\b", 0.4),
        (r"\b(?:you keep (?:saying|telling|insisting|pushing)|you always say)\b", 0.6),
        (r"\b(?:leave it|keep it (?:as is|that way|like that)|it stays|we'?re keeping it)\b", 0.4),
        (r"\b(?:warning|warnings|warned|caution|cautioned|concern|concerns)\b", 0.25),
        (
            r"\b(?:i|we)\s+(?:still\s+)?(?:like|prefer|want|love)\s+(?:it|them|the)\b{g}\b(?:with|as|the way|anyway|more)\b",
            0.25,
        ),
        (
            r"\b(?:you|u)\s+(?:recommended|suggested|advised|proposed|wanted)\b{gap}\b(?:but|however)\b{gap}\b(?:skip|drop|ignore|don'?t|no|remove|leave|keep|go with|want|prefer|use)\b",
            1.0,
        ),
        (
            r"\b(?:i|we)\s+know\s+(?:it'?s|its|it is|this is|that'?s)\s+(?:not|bad|against|a bad)\b{gap}\b(?:but|however)\b",
            0.9,
        ),
        (
            r"\bnot (?:best|good|recommended|standard) practice\b|\bagainst (?:best )?practice\b|\bbad practice\b",
            0.5,
        ),
        (
            r"\b(?:just\s+)?(?:follow|stick to|do)\s+(?:my|our|the)\s+(?:instructions|brief|orders|directions|spec)\b{g}\b(?:i|we|don'?t|no|exactly|please)\b",
            0.6,
        ),
        (
            r"\b(?:i|we)\s+(?:don'?t|do not)\s+(?:need|want)\s+(?:your|ur)\s+(?:opinion|input|advice|thoughts|suggestions|ideas|two cents)\b",
            1.1,
        ),
    ],
    "unethical_request": [
        (
            r"\b(?:fake|fabricated|made[- ]up|false|bogus|fraudulent|phony|phoney|sock ?puppet|invented|forged|counterfeit)\s+(?:\d+[- ]star\s+|\w+\s+)?(?:reviews?|profiles?|linkedin|instagram|twitter|accounts?|bios?|personas?|cv|resume|portfolio||testimonials?|ratings?|followers|likes|comments|accounts?|profiles?|numbers|data|results|stats|statistics|invoices?|receipts?|documents?|credentials|degrees?|diplomas?|certificates?|screenshots?|references|signatures?|case stud(?:y|ies)|quotes|awards?|customers|clients|sales|traffic|engagement|id|passport|reports?|figures|experience|endorsements?)\b",
            1.2,
        ),
        (
            r"\b(?:write|post|create|make|leave|generate|add|put up|publish)\w*\b{g}\b(?:\d+[- ]star\s+)?(?:reviews?|testimonials?|ratings?)\b{g}\b(?:as if|pretending|from (?:customers|clients|different (?:accounts|names|people|emails))|under (?:different|fake|other|made-up) (?:names|accounts)|ourselves|yourself|from (?:our|my) (?:staff|team|family))\b",
            1.0,
        ),
        (
            r"\b(?:reviews?|testimonials?|ratings?|comments)\b{G}\b(?:under|with|from|using|across)\s+(?:different|fake|other|multiple|several|made-?up|random)\s+(?:names|accounts|profiles|emails|identities|people)\b",
            1.2,
        ),
        (
            r"\b(?:copy|copies|copied|copying|clone|cloning|rip|ripping|steal|stealing|lift|lifting|duplicate|replicate|reproduce|scrape|scraping|grab|grabbing|take|taking|borrow|borrowing|use|using|download|pinch|nick)\w*\b{gap}\b(?:competitor'?s?|competitors'?|competition'?s?|their (?:website|site|logo|design|content|text|texts|copy|photos|images|pictures|code|brand|layout|articles|blog|menu|branding|product photos)|from (?:google|google images|pinterest|instagram|insta|their (?:site|website|page)|shutterstock|getty|istock|the internet|the web|online|another site|other sites|facebook|behance|dribbble|envato|someone else)|off (?:google|pinterest|instagram|the internet|their site|the web))\b",
            1.0,
        ),
        (
            r"\b(?:exactly|1:1|one to one|1 to 1|word for word|pixel for pixel|pixel-perfect|identical|carbon)\s+(?:copy|clone|replica|the same as|like theirs|as theirs|duplicate)\b|\bcopy\s+(?:it|this|that|their|the)\s+(?:\w+\s+)?(?:exactly|word for word|1:1|pixel for pixel|verbatim)\b",
            1.0,
        ),
        (
            r"\b(?:remove|removing|delete|crop|crop out|get rid of|photoshop out|erase|hide|clean|cover|blur)\w*\s+(?:the\s+|their\s+|that\s+|those\s+)?(?:\w+\s+)?(?:watermarks?|copyright(?: notice)?|credits?|attribution|shutterstock (?:logo|mark)|getty (?:logo|mark)|photographer'?s? (?:name|credit|logo))\b",
            1.2,
        ),
        (
            r"\b(?:pirated|pirate|cracked|nulled|torrent(?:ed)?|illegal cop(?:y|ies)|keygen|without (?:a |paying for (?:a |the )?)?licen[cs]e|no licen[cs]e|unlicen[cs]ed|bootleg)\b",
            0.9,
        ),
        (
            r"\b(?:nobody|no one|no-one|noone|google|anyone|they|the client|he|she|the owner|the photographer|the author)\s+(?:will|would|'?ll|is going to|gonna|is gonna|ever)?\s*(?:ever\s+|never\s+|won'?t\s+|wouldn'?t\s+)?(?:notice|check|find out|know|care|see|sue|catch|realise|realize|tell the difference)\b",
            0.6,
        ),
        (
            r"\b(?:don'?t|do not|no need to|never|dont)\s+(?:tell|mention|inform|let|say (?:anything|it) to)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:client|boss|customer|anyone|anybody|them|him|her|tax|irs|hmrc|authorities|partner|investors?|wife|husband|owner|manager|team|office|auditor|lawyer)\b",
            0.8,
        ),
        (
            r"\b(?:(?:keep|kept|pay|paid|work|do it|run it)\w*\s+off the books|under the table|no invoice|without (?:an? )?(?:invoice|receipt|contract)|avoid(?:ing)? (?:the )?(?:tax|taxes|vat|gst|ppn|fees)|skip (?:the )?(?:tax|taxes|vat)|tax[- ]free|no tax|don'?t declare|not declare|undeclared|black money|cash only so|in cash so|cash (?:so|to avoid|and no))\b",
            1.0,
        ),
        (
            r"\b(?:backdate|back-date|pre-?date|post-?date|falsify|falsified|fudge|fudged|inflate|inflated|doctor|doctored|cook|cooked|forge|forged|fabricate|fabricated|manipulate|manipulated|massage|massaged|pad|padded)\w*\s+(?:the\s+|our\s+|my\s+|these\s+|those\s+)?(?:invoices?|dates?|numbers|figures|data|results|stats|statistics|reports?|receipts?|documents?|signatures?|timesheets?|hours|books|accounts|metrics|analytics|screenshots?)\b|\bchange (?:the )?dates on\b",
            1.2,
        ),
        (
            r"\b(?:change|alter|adjust|tweak|edit|fix)\w*\s+(?:the\s+)?(?:date on the invoice|invoice date|numbers so|figures so|data so|results so|dates? so|signature)\b",
            0.9,
        ),
        (
            r"\b(?:write|do|complete|take|finish|sit|pass|handle)\s+(?:my|our|his|her|their|the|this)\s+(?:\w+'?s?\s+)?(?:essay|thesis|exam|exams|homework|assignment|assignments|dissertation|coursework|course work|quiz|certification|online course|midterm|final exam|test for me|paper for me)\b",
            1.0,
        ),
        (
            r"\b(?:buy|bought|buying|purchase|purchasing|get)\s+(?:some\s+|us\s+|more\s+|\d+k?\s+)?(?:\w+\s+)?(?:followers|likes|reviews|subscribers|views|comments|fans|retweets|upvotes|traffic|bots?)\b",
            1.0,
        ),
        (
            r"\b(?:spam|spamming|mass (?:email|message|dm|messages)|bought (?:an? )?(?:email )?list|buy (?:an? )?(?:email )?lists?|scrape\w*\s+(?:emails|contacts|data|profiles|phone numbers|linkedin)|harvest\w* (?:emails|contacts)|email list we bought)\b",
            0.8,
        ),
        (
            r"\b(?:pretend|pretending|pose as|posing as|impersonate|impersonating|masquerade|make it look like|look like it(?:'?s| is| was) from|under (?:your|someone else'?s|a fake|another) name|pass (?:it )?off as|claim (?:it|they|we) (?:is|are|was|were) (?:ours|our own))\b",
            0.8,
        ),
        (
            r"\b(?:hack|hacking|hacked|break into|get into|access|log ?in ?to|login to|spy on|track|monitor|read)\w*\b{g}\b(?:(?:his|her|their|my ex'?s?|competitor'?s?|someone'?s|employee'?s?|staff|partner'?s?)\s+(?:account|email|instagram|facebook|phone|whatsapp|messages|password|computer|system|database))\b",
            1.0,
        ),
        (r"\bhack(?:ing|ed)?\b|\bddos\b|\bphishing\b|\bmalware\b|\bkeylogger\b", 0.5),
        (
            r"\b(?:use|using|put|add|include|with|borrow)\s+(?:the\s+)?(?:nike|apple|disney|google|coca[- ]cola|coke|adidas|marvel|pixar|mcdonald'?s|starbucks|gucci|louis vuitton|chanel|netflix|spotify|their|competitor'?s?|a famous|celebrity'?s?|taylor swift'?s?)\s+(?:logo|brand|trademark|swoosh|characters?|photos?|images?|music|songs?|face|name|font)\b",
            1.0,
        ),
        (
            r"\b(?:copyrighted|copy-?righted|licensed|stock)\s+(?:music|images?|photos?|songs?|content|material|footage|fonts?)\b{g}\b(?:without|for free|no one|nobody|anyway)\b|\bwithout (?:permission|consent|asking (?:them|the owner|the photographer)|credit(?:ing)?|paying (?:for )?(?:it|the licen[cs]e|them))\b",
            0.9,
        ),
        (
            r"\b(?:plagiari[sz]e|plagiarism|plagiarized|plagiarised|spin (?:the|an|their|this) (?:article|content|text)|article spinner|rewrite (?:their|the competitor'?s?|this|these|those) (?:article|content|text|blog|posts?) so (?:it|google|nobody|no one|it won'?t))\b",
            1.0,
        ),
        (
            r"\b(?:bribe|kickback|launder|money laundering|loophole|under the radar|grey area|gray area|black hat|blackhat|cloaking|keyword stuffing|link farm|pbn)\b",
            0.7,
        ),
        (
            r"\b(?:mislead|misleading|trick|tricking|deceive|deceiving|lie to|lying to|fool|fooling|scam|scamming|con)\s+(?:our\s+|the\s+)?(?:customers|users|people|clients|visitors|investors|google|them|buyers|the public|shoppers|readers|voters|regulators|the bank)\b",
            1.0,
        ),
        (
            r"\b(?:hidden|sneaky|secret)\s+(?:fees|charges|subscriptions?|costs|terms|clauses?|tracking)\b|\bauto-?renew\w*\b{g}\b(?:without|no)\s+(?:telling|asking|consent|warning)\b|\bdark patterns?\b|\bfine print nobody\b",
            0.9,
        ),
        (
            r"\b(?:say|claim|write|state|put|mention)\w*\s+(?:that\s+)?(?:it|we|our \w+|the \w+|they)\b{g}\b(?:cures?|clinically (?:proven|tested)|fda[- ]approved|certified|approved by|organic|100% natural|award[- ]winning|number one|#1|best in|doctor recommended|dermatologist)\b",
            0.6,
        ),
        (
            r"\b(?:lie|lying|lies|fib|bend the truth|stretch the truth|exaggerate (?:the|our) (?:numbers|results|figures))\b",
            0.6,
        ),
        (
            r"\b(?:their|the competitor'?s?|competitor'?s?|other company'?s?)\s+(?:content|text|texts|copy|photos|images|design|logo|code|articles?)\b{g}\b(?:and|but)?\s*(?:change|swap|tweak|reword|rephrase)\w*\s+(?:a few|some|the)\s+(?:words|colou?rs|details|names)\b",
            1.0,
        ),
        (
            r"\b(?:under age|underage|minors?)\b{g}\b(?:target|advertis|sell|alcohol|vape|gambling)\w*",
            0.8,
        ),
        (
            r"\b(?:exclude|don'?t show|hide from|reject|filter out)\b{g}\b(?:women|men|older|old people|muslims|christians|jews|foreigners|black|immigrants|gay|disabled)\b",
            0.8,
        ),
        (
            r"\b(?:\d+|five|ten|twenty|fifty|a hundred|some|a few|a bunch of|lots of|many)\s+(?:\d+|five|four)[- ]star\s+reviews?\b",
            0.7,
        ),
        (
            r"\b(?:use|using|with|under|sign (?:them|it) with)\s+(?:different|fake|other|made-?up|random|various)\s+(?:names|accounts|profiles|emails|identities)\b",
            1.0,
        ),
        (
            r"\b(?:negative|bad|1-star|one-star|fake|nasty)\s+reviews?\b{g}\b(?:on|for|about|of)\s+(?:our\s+|the\s+|their\s+)?(?:competitor|competitors|rivals?|them|their|the other)\b|\breviews?\b{gap}\bcompetitor'?s?\b",
            1.1,
        ),
        (
            r"\b(?:change|alter|edit|fix|adjust|modify|tweak|update|fake|correct)\w*\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:date of birth|birth ?date|dob|age|grades?|marks|scores?|stamp|seal|expiry date|expiration date|issue date|serial number)\b",
            0.9,
        ),
        (r"\bas (?:seen|featured) (?:on|in)\b", 0.7),
        (
            r"\b(?:not|don'?t|won'?t|aren'?t|never)\s+(?:paying|pay|buying|buy|getting)\s+(?:for\s+)?(?:a|the|any)?\s*licen[cs]es?\b",
            1.0,
        ),
        (
            r"\b(?:so|to make)\s+(?:the\s+|our\s+)?(?:results?|numbers|figures|growth|effect|difference|weight loss|before\s*/\s*after)\s+(?:look|seem|appear)\s+(?:bigger|better|more|larger|stronger|impressive)\b",
            1.0,
        ),
        (
            r"\b(?:fake|false|artificial|fake-?looking)\s+(?:scarcity|urgency|stock|countdowns?|timers?|deadlines?|discounts?|sale|sales)\b|\b(?:countdown|timer)\b{gap}\breset\w*\b",
            1.2,
        ),
        (
            r"\b(?:from|off)\s+(?:that|another|someone|some|other|a)\s+(?:\w+'?s?\s+)?(?:portfolio|website|site|page|account|instagram|feed|book|blog|gallery)\b{gap}\b(?:put|use|add|as)\b|\bas (?:examples of )?our (?:own )?(?:work|photos|designs|projects)\b",
            0.9,
        ),
        (
            r"\binvoice\b{g}\b(?:say|says|show|read|list|state)\b{gap}\binstead\b|\bfor tax (?:reasons|purposes)\b|\b(?:so|to)\s+(?:we|i)\s+(?:pay|owe)\s+less\s+tax\b",
            0.9,
        ),
        (
            r"\bpretending to be\b|\bpose as\b|\bas if (?:you|we|they) (?:were|are) (?:a )?(?:customer|client|user)s?\b",
            0.8,
        ),
        (
            r"\bnobody will (?:notice|know|check|care)\b|\bno one will (?:notice|know|check|care)\b",
            0.7,
        ),
        (r"\bmake (?:them|it|some|these|those|one|a few) up\b|\binvent (?:some|a few|the)\b", 0.8),
        (
            r"\bso (?:that )?(?:google|they|nobody|no one|the client|the customer|anyone|it)\s+(?:doesn'?t|won'?t|can'?t|does not|will not|cannot|wouldn'?t)\s+(?:flag|notice|detect|find|see|catch|know|tell|recogni[sz]e)\b",
            1.0,
        ),
        (r"\bchange (?:a few|some|the odd|just a few) words\b|\breword it slightly\b", 0.5),
        (r"\bback-?dat\w*\b|\bpre-?dat(?:e|ed|ing) the\b", 1.0),
        (
            r"\b(?:losses|numbers|figures|results|debts?|costs|revenue|profits?|growth|sales|metrics)\s+(?:look|seem|appear)\s+(?:smaller|bigger|better|higher|lower|larger|stronger|healthier)\b",
            1.0,
        ),
        (
            r"\bscrap(?:e|ing|ed)\b|\b(?:competitor'?s?|their)\s+(?:customer|client|email|contact|mailing)\s+(?:list|data|database|emails)\b",
            0.7,
        ),
        (
            r"\b(?:nike|adidas|disney|apple|coca[- ]cola|mcdonald'?s|starbucks|gucci|chanel|marvel|pixar|netflix|louis vuitton|supreme|rolex)\b{g}\b(?:logo|swoosh|brand|character|font|design)\b|\b(?:logo|swoosh|character)\b{g}\b(?:nike|adidas|disney|marvel)\b",
            0.8,
        ),
        (
            r"\b(?:sounds?|looks?|reads?|seems?)\s+like\s+(?:an?\s+)?(?:independent|neutral|unbiased|genuine|real|organic|third-party|customer)\s+(?:review|opinion|article|post|testimonial|recommendation|user)\b|\bdon'?t (?:mention|disclose|say|reveal) (?:that )?(?:we|it was|it'?s) (?:paid|sponsored|ours|an ad)\b",
            1.0,
        ),
        (
            r"\b(?:photoshop|edit|retouch|manipulate|alter|doctor)\w*\b{gap}\b(?:bigger|larger|more people|crowd|busier|fuller|thinner|slimmer|younger|more impressive|so it looks|to look like)\b",
            0.7,
        ),
        (
            r"\b(?:don'?t|do not|won'?t|not)\s+(?:want|going|willing)\s+to\s+pay\s+for\s+(?:the\s+)?(?:licen[cs]es?|rights|stock|fonts?|images?|photos?|music)\b|\bjust (?:grab|take|steal|rip|download) (?:them|it|one|some)\b",
            1.0,
        ),
        (
            r"\b(?:clone|copy|replicate|duplicate|rip off|knock off)\s+(?:the\s+)?(?:\w+\s+)?(?:app|site|website|design|brand|logo|product|game|store|platform)\b{g}\b(?:put|with|and (?:use|put|change|swap)|our name|our logo)\b|\bput our (?:name|logo) on (?:it|their)\b",
            0.9,
        ),
        (
            r"\binvoice\b{g}\b(?:show|say|state|read|list|be)\b{g}\b(?:higher|more|bigger|different|lower|inflated|another)\b|\bso (?:our |the |my )?insurance (?:covers?|pays?)\b",
            1.0,
        ),
        (
            r"\b(?:make|get)\s+(?:our\s+|the\s+)?competitor'?s?\b{g}\b(?:look bad|rank lower|disappear|go down|banned|taken down|lose)\b|\bnegative seo\b|\bsabotag\w+\b|\bbad-?mouth\w*\b",
            1.0,
        ),
        (
            r"\b(?:photo|picture|image|face|voice|song|name)\s+of\s+(?:a\s+)?(?:celebrity|famous|beyonce|taylor swift|elon musk|ronaldo|messi|rihanna|drake|kim kardashian|the president)\b|\bwithout (?:her|his|their) (?:permission|consent|knowledge)\b",
            0.8,
        ),
        (
            r"\b(?:rewrite|reword|rephrase|spin|paraphrase)\b{gap}\bcompetitor'?s?\b|\bso it looks like (?:ours|our own|we wrote it|it'?s ours|original)\b",
            0.9,
        ),
        (
            r"\bso (?:the|our) (?:client|customer|insurer|bank|investor)s?\s+(?:pays?|pay us|gives?)\s+(?:for\s+)?more\b",
            0.9,
        ),
        (
            r"\b(?:sign|signing|signed)\b{g}\b(?:with|using|as)\s+(?:our|his|her|their|the|my)\s+(?:\w+'?s?\s+)?(?:signature|name)\b|\b(?:copy|fake|use)\s+(?:his|her|their|the \w+'?s?)\s+signature\b",
            1.0,
        ),
    ],
    "outside_expertise": [
        (
            r"\b(?:you'?re|you are|ur|u r|as a|since you'?re|since you are|because you'?re|youre)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:web\s+|graphic\s+|content\s+|social media\s+|seo\s+|logo\s+|ux\s+|front-?end\s+|wordpress\s+)?(?:designer|developer|dev|programmer|coder|web ?guy|it guy|tech guy|computer (?:guy|person|expert|whiz)|techie|marketer|writer|copywriter|photographer|translator|editor|video editor|illustrator|tech person|it person|web person|computer wizard|geek|nerd|genius|smart|creative|artist|engineer|data (?:guy|person))\b{gap}\b(?:so|can|could|surely|must|probably|should|also|{too}|right|know|understand|figure|help|fix|do|handle|set|install)\b",
            0.9,
        ),
        (
            r"\b(?:since|as|because|cause|cuz)\s+(?:you|u)\s+(?:know|understand|are good with|'?re good with|work with|are into|'?re into|do|handle|deal with)\s+(?:computers|tech|technology|it|the internet|code|coding|design|marketing|computer stuff|phones|software|websites|internet stuff|social media|numbers|excel|apps|the web|all that|this stuff|these things)\b",
            1.0,
        ),
        (
            r"\b(?:fix|fixing|repair|repairing|set ?up|setup|setting up|install|installing|configure|configuring|look at|sort out|troubleshoot|upgrade|clean|recover|recovering|restore|unlock|reset|format|speed up)\w*\s+(?:\w+\s+)?(?:from\s+)?(?:my|our|the|his|her|their|a|an)\s+(?:\w+\s+)?(?:printer|printers|laptop|laptops|computer|computers|pc|pcs|mac|macbook|wifi|wi-?fi|router|modem|network|phone|phones|iphone|android|ipad|tablet|tv|smart tv|camera|cameras|car|cctv|pos|cash register|alarm|speakers|projector|virus|scanner|fax|copier|keyboard|mouse|monitor|hard drive|server room|office network|home network)\b",
            0.9,
        ),
        (
            r"\b(?:write|draft|prepare|do|handle|file|sort out|take care of|give|advise on|advise us on|help (?:us |me )?with|check|review|manage|set up|register|create|make|build|run|calculate|work out)\s+(?:our\s+|my\s+|the\s+|a\s+|some\s+|us\s+a\s+|me\s+a\s+)?(?:\w+'s\s+)?(?:legal|taxes|tax return|tax returns|tax filing|accounts|accounting|books|bookkeeping|payroll|audit|financial statements?|financial (?:model|plan|advice|projections)|investment (?:advice|strategy)|visa|visas|immigration|patent|patents|trademark registration|company registration|incorporation|employment contracts?|nda for|gdpr compliance|medical|insurance|will and|lease|lawsuit|court|terms (?:and|&) conditions|terms of (?:service|use)|t&cs?|tos|privacy policy|cookie policy|license agreement)\b",
            0.8,
        ),
        (
            r"\b(?:legal|tax|financial|medical|health|investment|psychological|immigration|nutrition|dietary|fitness|clinical|regulatory|scientific)\s+(?:advice|review|opinion|consultation|counsel|check|questions?|stuff|documents?|texts?|side|compliance|matters|help|accuracy|claims|correctness|sign-?off|approval|model|models|projections)\b",
            0.8,
        ),
        (
            r"\b(?:lawyer|attorney|solicitor|notary|accountant|bookkeeper|tax advisor|doctor|therapist|financial advisor|notary)\b",
            0.4,
        ),
        (
            r"\b(?:translate|translation|translating|translated)\w*\b{g}\b(?:into|to|in)\s+(?:german|french|spanish|chinese|mandarin|cantonese|japanese|arabic|russian|italian|korean|portuguese|dutch|hindi|turkish|polish|swedish|greek|hebrew|thai|vietnamese|other languages|all languages|\d+ languages|several languages|multiple languages|five languages|ten languages)\b",
            0.55,
        ),
        (
            r"\b(?:not|isn'?t|is not)\s+(?:really\s+|exactly\s+|strictly\s+)?(?:your|ur)\s+(?:field|area|thing|job|specialty|speciality|expertise|department|line of work|skill ?set|forte|wheelhouse|domain|background|profession)\b",
            1.1,
        ),
        (
            r"\b(?:outside|beyond|out of)\s+(?:your|ur)\s+(?:field|area|expertise|skills?|skill ?set|comfort zone|wheelhouse|specialty|speciality|domain|knowledge)\b",
            0.9,
        ),
        (
            r"\b(?:how hard can it be|can'?t be (?:that |so )?hard|you'?ll figure (?:it )?out|just google it|you can (?:learn|google|figure)|learn it|watch a (?:youtube )?tutorial|there are tutorials|youtube tutorial|it'?s all (?:the same|computers|tech|just code|design))\b",
            0.6,
        ),
        (
            r"\b(?:you|u)\s+(?:do|can do|know|handle|should know|must know|probably know)\s+(?:everything|it all|all of it|all that|all this stuff|anything|everything tech|all the tech stuff|all things)\b|\bone[- ]stop[- ]shop\b|\bjack of all trades\b|\ball[- ]rounder\b",
            0.6,
        ),
        (
            r"\b(?:also|{too}|as well|and)\b{gap}\b(?:our|the|my)\s+(?:accounting|taxes|bookkeeping|payroll|legal|lawsuit|contracts with (?:our|my) (?:staff|employees|suppliers)|office network|it support|printer|server|hardware|phones|plumbing|electrics|interior|furniture|hiring|recruiting|hr)\b",
            0.6,
        ),
        (
            r"\b(?:photograph|photography|shoot|film|filming|record|voice|voice-?over|video|drone)\w*\b{g}\b(?:wedding|event|birthday|conference|party|product shoot|commercial|documentary)\b",
            0.35,
        ),
        (
            r"\b(?:you know (?:computers|tech|code|how to code|how computers work|it stuff)|good with computers|computer stuff|tech stuff|techy stuff|it stuff)\b",
            0.7,
        ),
        (
            r"\b(?:also|{too}|as well)\b{gap}\b(?:app developer|developer|coder|programmer|seo expert|seo specialist|marketer|photographer|videographer|accountant|lawyer|copywriter|translator|social media manager|it support|sysadmin|data scientist)\b",
            0.5,
        ),
        (
            r"\b(?:build|code|develop|program|make)\s+(?:us\s+|me\s+)?(?:an?\s+)?(?:app|ios app|android app|mobile app|game|ai|chatbot|blockchain|crypto|nft|machine learning|backend|back-end|database|erp|crm)\b{g}\b(?:{too}|also|as well|while|since|even though|though)\b",
            0.5,
        ),
        (
            r"\b(?:since|as|because)\s+(?:you|u)(?:'re| are)?\s+(?:already\s+)?(?:doing|designing|building|writing|making)\s+(?:the|our)\s+\w+\b{gap}\b(?:you can|can you|could you|also)\b{g}\b(?:ads|seo|marketing|campaign|photos|video|legal|accounting|translation|app|hosting|server|social media)\b",
            0.7,
        ),
        (
            r"\b(?:you|u)\s+(?:designed|built|made|wrote|did|created|set up|shot|edited|translated|run|manage|handle)\s+(?:the|our|my|this|that)\s+\w+(?:\s+\w+){0,2}\s*(?:,|\bso\b|\bwhich means\b|\btherefore\b|\bafter all\b|{too})",
            0.55,
        ),
        (
            r"\b(?:is|was)\s+(?:it|this|that)\s+(?:legal|lawful|allowed by law|tax deductible|deductible|compliant)\b|\b(?:comply|complies|compliant|compliance)\s+with\b|\bfda\b|\bregulat\w+\b",
            0.45,
        ),
        (
            r"\b(?:register|incorporate|set up|form|open)\s+(?:our|the|a|my)\s+(?:company|business|llc|ltd|corporation|entity|bank account|trademark)\b",
            0.9,
        ),
        (
            r"\bcan the\s+(?:logo |web |graphic |ux |seo )?(?:designer|developer|writer|copywriter|photographer|translator|editor|illustrator)\s+also\b",
            0.7,
        ),
        (
            r"\b(?:recover|restore)\s+(?:the\s+|my\s+|our\s+)?(?:deleted|lost|corrupted)\s+(?:files|data|photos|emails|documents)\b|\bhard drive\b",
            0.7,
        ),
        (
            r"\b(?:we|i)\s+(?:don'?t|do not)\s+have\s+(?:a|an)\s+(?:doctor|lawyer|accountant|engineer|it person|specialist|expert|pharmacist|nurse)\b",
            0.6,
        ),
        (
            r"\b(?:you'?re|ur|you are|u r)\s+(?:the|our)\s+(?:tech|it|computer|web|internet|digital)\s+(?:guy|person|expert|wizard|whiz|pro|girl|gal)\b",
            0.7,
        ),
        (r"\b(?:court|hearing|represent us|legal proceedings|lawsuit|litigation|custody)\b", 0.6),
        (
            r"\b(?:valuation|financial model|cap table|business plan|tax return|payroll|bookkeeping|hr process|hiring process)\b",
            0.45,
        ),
        (
            r"\b(?:fix|sort out|set up|manage|handle|move|migrate|renew)\w*\s+(?:the|our|my)\s+(?:hosting|server|domain|dns|email server|email accounts?|it|network|phone system)\b",
            0.4,
        ),
        (
            r"\blegal\b{gap}\b(?:fire|firing|dismiss\w*|hire|hiring|sue|suing|employee|employees|tenant|evict\w*|divorce|custody|visa|landlord)\b",
            0.6,
        ),
        (
            r"\b(?:cater|catering|plumbing|electrician|wiring|bookkeeping|payroll|tax return|tax returns|legal advice|medical advice|immigration|insurance claim|mortgage|therapy|diagnos\w+)\b",
            0.5,
        ),
        (
            r"\b(?:you|u)\s+know\s+(?:\w+\s+)?(?:food|law|numbers|tech|cars|phones|excel|computers|money|medicine|contracts)\b",
            0.6,
        ),
        (
            r"\b(?:divorce|lawsuit|custody|will and testament|legal terms|legal documents?|enforceable|legally binding|liability|trademark dispute|court case|tax return|taxes|accounting|bookkeeping|payroll|audit|medical|diagnosis|prescription)\b",
            0.45,
        ),
        (
            r"\bhelp (?:me|us) with (?:my|our) (?:\w+\s+)?(?:divorce|taxes|visa|paperwork|homework|car|phone|laptop|computer|printer|wifi|move|wedding|lawsuit|accounts|books)\b",
            0.8,
        ),
        (
            r"\b(?:i know|i realise|i realize|i understand|i get that|i know that)\s+(?:you'?re|you are|ur)\s+(?:a|an|just a|only a|not a|mainly a|primarily a)\b",
            0.6,
        ),
        (
            r"\b(?:laptop|computer|phone|printer|router|wifi|tv|car)\b{g}\b(?:won'?t|doesn'?t|isn'?t|not) (?:turn on|work|start|connect|print|boot)\b",
            0.6,
        ),
        (
            r"\b(?:sink|plumbing|pipe|leak|leaking|boiler|heating|air ?con|electric(?:al|ity)?|roof|furniture|car|garden|catering|cleaning)\b{g}\b(?:fix|repair|look at|sort|install|handle)\b|\b(?:fix|repair|look at|sort out|install)\s+(?:our|my|the)\s+(?:\w+\s+)?(?:sink|plumbing|pipes?|boiler|heating|air ?con|roof|furniture|car|toilet|lights?)\b",
            0.9,
        ),
        (
            r"\b(?:incorporate|incorporation|register (?:a|the|our) company|llc|delaware|wyoming|tax residency|legal entity|shareholder agreement|fda registration|patent application|trademark registration)\b",
            0.55,
        ),
        (
            r"\b(?:advise|advice)\s+(?:us\s+|me\s+)?(?:on|about)\s+(?:whether|legal|tax|taxes|investment|investing|our finances|hiring|firing|immigration|insurance|contracts|the law)\b",
            0.7,
        ),
        (
            r"\b(?:be|act as|work as)\s+(?:our|my|a)\s+(?:\w+\s+)?(?:lawyer|attorney|accountant|therapist|doctor|advisor|financial advisor|hr (?:person|manager)|cfo|bookkeeper)\b",
            0.8,
        ),
        (r"\b(?:valuation|investors'? questions|term sheet|cap table|due diligence)\b", 0.45),
        (
            r"\bhelp (?:me|us) (?:write|draft|file|do|prepare|sort out|fill (?:in|out))\s+(?:my|our)\s+(?:will|taxes|tax return|divorce papers|lease|visa|immigration|insurance claim|legal|court|medical|mortgage)\b|\bwrite my will\b|\b(?:my|our) (?:will|testament)\b",
            0.8,
        ),
    ],
}

REASONABLE: list[tuple[str, float, str]] = [
    (
        r"\b(?:discuss|talk about|explore|chat about)\b{g}\b(?:extend\w*|expand\w*|adding|more work|next phase|phase 2|phase two|follow-?up project|new project)\b",
        1.0,
        "scope_creep",
    ),
    (
        r"\bsorry (?:for|about) (?:the|my|our) (?:slow|late|delayed) (?:response|reply|answer|feedback|replies)\b",
        1.5,
        "always_available unrealistic_deadline",
    ),
    (
        r"\b(?:great|good|nice|productive|lovely|thanks for the) (?:meeting|call|chat|talk|session)\b",
        1.0,
        "unrealistic_deadline always_available",
    ),
    # a polite question about price, or acknowledging that extra work costs extra
    (
        r"\bhow much\s+(?:would|will|does|do|is|for|extra|more|to|it|that|this|are|of|should|could|would it|might|does it|is it|cost|money|time)\b",
        1.0,
        "scope_creep unrealistic_deadline outside_expertise endless_revisions always_available free_work guaranteed_outcome",
    ),
    (
        r"\bwhat\s+(?:would|will|does|do|might|could)\s+(?:it|that|this|these|those|an? \w+|the \w+)\s+(?:cost|be|run)\b|\bwhat(?:'s| is| are| would be)\s+(?:the\s+|your\s+)?(?:cost|price|fee|rate|charge|damage|budget)s?\b",
        0.9,
        "scope_creep unrealistic_deadline outside_expertise endless_revisions always_available free_work",
    ),
    (
        r"\b(?:send|give|share|prepare|get|provide|quote|do|make)\s+(?:me|us)?\s*(?:a|an|the|your)?\s*(?:new\s+|separate\s+|updated\s+|revised\s+|rough\s+)?(?:quote|quotation|estimate|price|pricing|proposal|offer|breakdown|cost estimate|change order)\b|\b(?:a\s+)?quote\s+for\b",
        0.9,
        "scope_creep unrealistic_deadline outside_expertise endless_revisions always_available free_work",
    ),
    (
        r"\b(?:happy|glad|willing|ok|okay|fine|ready|able|prepared|open|more than happy)\s+to\s+(?:pay|cover|add to the budget|increase the budget|be charged|be invoiced|pay extra|pay more|pay for)\b",
        1.4,
        "scope_creep unrealistic_deadline free_work outside_expertise endless_revisions always_available",
    ),
    (
        r"\b(?:we|i)(?:'ll|'d| will| would| can| could| are| am)?\s+(?:gladly\s+|of course\s+|also\s+|definitely\s+|happily\s+)?(?:pay|cover|budget)\s+(?:extra|more|for (?:it|that|this|the|a|an|extra|additional|any)(?!\s+rest)|the (?:extra|difference|rush|fee|additional)|a (?:rush|premium|fee)|any|additional|a bit more|whatever)\b",
        1.2,
        "scope_creep unrealistic_deadline outside_expertise endless_revisions always_available",
    ),
    (
        r"\b(?:extra|additional|rush|express|urgent|premium|priority|weekend|overtime)\s+(?:fee|fees|charge|charges|cost|costs|rate|payment|price|budget)\b{g}\b(?:fine|ok|okay|no problem|acceptable|not a problem|understood|of course|is fine|works|agreed)\b|\b(?:fine|ok|okay|happy) with (?:a|an|the)\s+(?:extra|additional|rush|higher)\s+(?:fee|charge|cost|rate|price)\b",
        1.4,
        "scope_creep unrealistic_deadline free_work outside_expertise endless_revisions always_available",
    ),
    (
        r"\b(?:paid|billable|separate|new)\s+(?:change|addition|extra|project|order|invoice|quote|job|phase|task|request|round)\b|\bchange (?:request|order)\b|\bas a (?:separate|new|paid|second) (?:project|phase|job|order|task)\b",
        1.0,
        "scope_creep endless_revisions outside_expertise free_work",
    ),
    (
        r"\b(?:add|put|include|bill|charge|invoice)\s+(?:it|that|this|the extra|them)?\s*(?:to|on|in)\s+(?:the|our|my|next)\s+(?:invoice|bill|account|tab|next invoice)\b|\bbill (?:us|me|it) (?:separately|for it|for that|extra|accordingly|for the)\b|\bat (?:your|the) (?:usual|normal|standard|hourly|day|daily|regular)\s+rate\b",
        1.2,
        "scope_creep unrealistic_deadline free_work outside_expertise endless_revisions always_available",
    ),
    (
        r"\b(?:adjust|update|revise|increase|raise|change)\s+(?:the\s+)?(?:quote|budget|invoice|price|contract|timeline|estimate|deadline|schedule|scope)\s+(?:accordingly|for (?:it|that|this)|if needed|as needed)\b|\bunderstand (?:that )?(?:it|this|that) (?:will|would|might|may) (?:cost|take|add|change|affect|push|delay)\b",
        1.2,
        "scope_creep unrealistic_deadline free_work outside_expertise endless_revisions",
    ),
    (
        r"\b(?:i|we)\s+(?:understand|know|realise|realize|appreciate|get|assume)\b{g}\b(?:costs? (?:extra|more)|(?:an? )?(?:extra|additional) (?:cost|charge|fee)|isn'?t (?:included|free|part of)|not (?:included|free|part of)|outside (?:the|our) (?:scope|agreement|contract))\b",
        1.4,
        "scope_creep unrealistic_deadline free_work outside_expertise endless_revisions",
    ),
    # feasibility questions and open, polite asks
    (
        r"\b(?:is it|would it be|will it be|is that|would that be|is this|if it'?s|if that'?s|would this be|might it be)\s+(?:at all\s+|even\s+|still\s+)?(?:possible|feasible|realistic|doable|ok|okay|alright|a problem|an option|reasonable)\b",
        0.5,
        "*",
    ),
    (
        r"\bwhat would it take\b|\bwhat(?:'s| is| would be)\s+(?:realistic|possible|feasible|doable|reasonable)\b|\bwhat (?:can|could) (?:we|you) (?:realistically )?(?:do|manage|deliver|offer)\b",
        0.9,
        "unrealistic_deadline scope_creep guaranteed_outcome price_pressure",
    ),
    (
        r"\bwhat\s+(?:do|would|will|did)\s+(?:you|u)\s+(?:suggest|recommend|think|advise|propose)\b|\b(?:your|any)\s+(?:recommendation|suggestion|advice|thoughts|opinion)s?\s*(?:on|about|for|\?)",
        0.7,
        "ignores_advice vague_brief unrealistic_deadline",
    ),
    (
        r"\b(?:if not|if it'?s not|if that'?s not|if you can'?t|if that doesn'?t work|otherwise)\b{g}\b(?:possible|ok|okay|feasible|doable|work)?\b{g}\b(?:no (?:problem|worries|pressure)|that'?s (?:fine|ok|okay|totally fine|understandable)|(?:we|i) (?:can|understand|'?ll (?:manage|wait|adjust))|totally fine|all good|fine)\b|\bno (?:worries|problem|pressure|stress) if not\b|\b(?:totally |completely |perfectly |also |that'?s |it'?s )?(?:fine|ok|okay|all good|understandable|no problem) if (?:not|you can'?t|it'?s not)\b|\b(?:totally |completely |fully )?understand if (?:not|you can'?t|it'?s not|that'?s not)\b",
        1.0,
        "*",
    ),
    # no rush, and respect for the provider's time
    (
        r"\b(?:no rush|no hurry|not urgent|nothing urgent|no urgency|not time-?sensitive|no deadline|non-?urgent|not in a (?:rush|hurry)|no pressure|not a priority|low priority|take your time|at your (?:convenience|own pace|leisure|earliest convenience)|in your own time|no stress|whenever (?:you|u)\s+(?:can|have|get|are|'?re|'?ve)|whenever (?:is|it'?s) convenient|when(?:ever)? (?:you|u) (?:get|have) (?:a |the )?(?:chance|moment|minute|sec|second|time)|when(?:ever)? (?:you|u) can|when (?:you'?re|you are|u r) (?:free|back|available|ready)|next week is (?:fine|ok|okay|good)|(?:monday|next week|later|friday|tomorrow) is (?:fine|ok|okay|good|totally fine)|after the weekend|when convenient|at a time that suits|whatever (?:works|suits) (?:for )?(?:you|your schedule))\b",
        1.5,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:don'?t|do not|no need to|doesn'?t|does not)\s+(?:need|have to|need to|want you to|expect you to|expect)\b{g}\b(?:{asap}|{today}|{tonight}|{tomorrow}|right away|immediately|urgently|rush|by (?:{tomorrow}|{tonight}|{today}|monday)|this week|work (?:late|weekends|overtime|the weekend)|reply (?:right away|immediately|today|on the weekend))\b",
        1.5,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:not|no need to|don'?t|do not|never)\s+(?:be\s+)?(?:available|online|reply|answer|respond|work|check)\w*\b{g}\b(?:weekend|weekends|evening|evenings|night|after hours|immediately|right away|holidays?|vacation|out of hours)\b|\b(?:enjoy|have a (?:nice|good|great|lovely)) (?:your |the )?(?:weekend|holiday|vacation|evening|time off)\b",
        1.3,
        "always_available",
    ),
    (
        r"\b(?:what are|what'?s|what is|when are)\s+(?:your|the)\s+(?:working|office|business|usual)?\s*(?:hours|availability|schedule)\b|\bwhen (?:are you|r u|would you be|will you be) (?:available|free|online|around)\b|\bwhat (?:time|day|days?) (?:works|suits|is good|would work|is best) (?:for|with) (?:you|u)\b|\bwhen (?:is|would be) (?:a )?(?:good|convenient|the best) time\b",
        1.0,
        "always_available unrealistic_deadline",
    ),
    (
        r"\b(?:schedule|book|set up|arrange|plan|have)\s+(?:a|the|our|an?)?\s*(?:quick\s+|short\s+|brief\s+)?(?:call|meeting|chat|zoom|video call|catch-?up|session|meet)\b|\b(?:call|meeting|zoom|chat)\s+(?:on|at|this|next)\b",
        0.5,
        "always_available unrealistic_deadline",
    ),
    (
        r"\b(?:daily|weekly|regular|a quick|short|brief|end of day|end-of-day|morning|friday)\s+(?:update|updates|report|reports|check-?in|check-?ins|summary|summaries|email|stand-?up|progress report|status report|status update|call)\b",
        0.6,
        "always_available",
    ),
    (
        r"\b(?:when|what (?:day|date|time))\s+(?:will|would|can|could|should|might|do you think|do you expect)\s+(?:we|i|you|u|it|the \w+|this|that|they)\b{g}\b(?:ready|done|finished|delivered|expect|see|receive|get|have|available|arrive|launch)\b|\bwhat(?:'s| is) the (?:eta|timeline|status|schedule|plan|timeframe|time frame|turnaround)\b|\bhow long (?:will|would|does|do|might|could|should) (?:it|that|this|the \w+|you)\b",
        0.7,
        "unrealistic_deadline guaranteed_outcome always_available",
    ),
    (
        r"\b(?:status|progress)\s+(?:update|check|report)\b|\bhow(?:'s| is| are) (?:it|things|the \w+|everything|progress) (?:going|coming along|progressing|looking)\b|\bany (?:news|update|updates|progress)\b",
        0.6,
        "unrealistic_deadline",
    ),
    # results: no guarantee expected
    (
        r"\b(?:i|we)\s+(?:know|understand|realise|realize|appreciate|accept|get)\b{g}\b(?:no one|nobody|no-one|you|u|there are no|there'?s no|it'?s not|it is not|can'?t|cannot|nothing)\b{g}\b(?:guarantee|guaranteed|promise|control|predict|certain|sure thing)\b",
        1.6,
        "guaranteed_outcome",
    ),
    (
        r"\b(?:not|no|never|don'?t)\s+(?:asking|expecting|looking|need|needing|want|wanting|expect)\s+(?:for\s+)?(?:a\s+|any\s+)?(?:guarantee|guarantees|promise|promises|miracles?)\b|\bno guarantees? (?:needed|expected|required|necessary)\b",
        1.6,
        "guaranteed_outcome",
    ),
    (
        r"\b(?:realistic|typical|usual|average|reasonable)\s+(?:expectations?|range|estimate|goals?|timeline|target|results?|numbers|figures|outcomes?)\b|\bwhat (?:results|kind of results|numbers|outcomes?) (?:can|could|should|might|do) (?:we|i|you) (?:realistically )?(?:expect|hope|see|aim)\b|\bwhat can (?:we|i) (?:realistically )?expect\b",
        0.9,
        "guaranteed_outcome unrealistic_deadline",
    ),
    # payment done or being arranged
    (
        r"\b(?:(?:i|we|i\'ve|we\'ve|have|has|just|already|was|were|been|is|are|it\'s|all)\s+(?:just\s+|already\s+|now\s+|been\s+)?paid|paid (?:the|your|it|in full|today|yesterday|this morning|now)|payment (?:sent|made|done|transferred|processed|is on its way|went through|has been|was)|transferred (?:the|your)|sent (?:the|your) (?:payment|money|transfer|deposit|invoice amount)|invoice (?:is |has been )?(?:paid|settled|approved)|deposit (?:is |has been )?(?:paid|sent|transferred)|just paid|already paid)\b",
        1.0,
        "late_payment free_work",
    ),
    (
        r"\b(?:will|'ll|going to|gonna)\s+pay\s+(?:it\s+|you\s+|the (?:invoice|deposit|balance)\s+)?(?:today|{tomorrow}|on time|this week|by friday|now|right away|immediately|straight away|first thing|within (?:the )?(?:week|day|terms))\b",
        0.9,
        "late_payment",
    ),
    (
        r"\b(?:send|share|email|forward|issue|raise)\s+(?:me\s+|us\s+)?(?:the|your|an?)?\s*(?:invoice|bank details|payment details|payment link|account details|iban|paypal|wise details)\b|\b(?:where|how|when)\s+(?:should|do|can|shall)\s+(?:i|we)\s+(?:pay|send the payment|transfer)\b|\bpay (?:the )?deposit\b",
        0.9,
        "late_payment unrealistic_deadline free_work",
    ),
    (
        r"\bsorry (?:for|about) (?:the )?(?:late|delayed|slow) (?:payment|transfer|invoice)\b",
        0.6,
        "late_payment",
    ),
    # within the agreement
    (
        r"\b(?:within|as per|per|under|in line with|according to|as agreed in|covered by|included in|as in|as stated in|as set out in|as written in|like in)\s+(?:the\s+|our\s+|your\s+)?(?:agreed\s+|current\s+|original\s+|signed\s+)?(?:contract|agreement|scope|quote|proposal|package|plan|budget|revision rounds?|sow|statement of work|terms)\b",
        0.8,
        "endless_revisions scope_creep late_payment",
    ),
    (
        r"\b(?:first|second|1st|2nd|final|one|our)\s+(?:round|set|batch|list)\s+of\s+(?:feedback|changes|revisions|comments|edits|notes)\b|\b(?:consolidated|combined|all (?:our|my|the)|full list of|complete list of)\s+(?:feedback|changes|comments|edits|notes|revisions)\b",
        0.7,
        "endless_revisions",
    ),
    (
        r"\b(?:do we have|how many|are there|have we got|is there)\s+(?:any\s+)?(?:revisions?|rounds?|changes)\s+(?:left|remaining|included|still)\b|\b(?:rounds?|revisions?)\s+(?:left|remaining)\b",
        1.0,
        "endless_revisions scope_creep",
    ),
    (
        r"\b(?:is|are)\s+(?:a|an|the|this|that|these|those|it)\s+(?:\w+\s+){0,3}(?:included|covered|part of the (?:package|deal|quote|price))\s*(?:in the (?:package|price|quote|deal))?\s*\?",
        0.7,
        "scope_creep",
    ),
    # respecting advice and expertise
    (
        r"\b(?:follow|take|go with|trust|defer to|stick with|rely on)\s+(?:your|ur)\s+(?:advice|recommendation|lead|suggestion|judge?ment|expertise|call|opinion|proposal)\b|\b(?:you'?re|you are|ur) (?:right|the expert)\b|\bgood point\b|\bmakes sense\b",
        0.9,
        "ignores_advice",
    ),
    (
        r"\b(?:do you|can you|could you)\s+(?:know|recommend|suggest)\s+(?:someone|somebody|anyone|anybody|a good|an?\s+\w+\s+(?:who|that))\b|\brecommend (?:a|an|someone|somebody)\b",
        1.0,
        "outside_expertise",
    ),
    (
        r"\b(?:what|which)\s+(?:do|would)\s+(?:you|u)\s+(?:need|require)\s+from\s+(?:me|us)\b|\bhere (?:is|are) (?:the|our|my)\s+(?:brief|references?|examples?|brand ?guide|guidelines|content|texts|requirements)\b|\b(?:i'?ve|we'?ve|i have|we have)\s+(?:attached|sent|shared|uploaded)\b",
        0.8,
        "vague_brief",
    ),
    # negated asks
    (
        r"\b(?:not|no|never|don'?t|won'?t)\s+(?:asking|expecting|looking|want|wanting|need|needing|expect|asking you)\s+(?:for\s+)?(?:a\s+|any\s+|it\s+|you to work\s+)?(?:discount|discounts|free|freebie|freebies|lower price|special price|deal|favou?r|for free|to be free|unpaid)\b",
        1.5,
        "price_pressure free_work",
    ),
    (
        r"\b(?:your|the)\s+(?:price|rate|fee|quote)s?\s+(?:is|are|seems?|looks?)\s+(?:fair|fine|ok|okay|reasonable|good|great)\b|\b(?:fair|reasonable|good)\s+(?:price|rate|quote|fee)\b|\bworth (?:it|every (?:penny|cent))\b",
        1.2,
        "price_pressure",
    ),
    (
        r"\b(?:looks|look|it'?s|its|this is|that'?s)\s+(?:really\s+|very\s+|so\s+)?(?:great|perfect|amazing|awesome|fantastic|excellent|lovely|beautiful|brilliant)\b|\b(?:love|loved|loving) (?:it|this|the \w+)\b|\b(?:(?:is|are|it's|all|everything|fully|final(?:ly)?)\s+approved|approved\s*[.!]|(?:we|i)\s+approve)\b",
        0.4,
        "endless_revisions vague_brief",
    ),
    (
        r"\b(?:from|within|in line with|matching|using|per|following)\s+(?:the|our|your)\s+(?:brand\s+|colou?r\s+|existing\s+)?(?:palette|guidelines|brand ?book|style ?guide|brief|moodboard|references?)\b|\b(?:the rest of )?the brief stands\b|\bas part of (?:the|our)\s+(?:\w+\s+)?(?:round|phase|package|scope|concept|quote|process)\b",
        1.0,
        "vague_brief scope_creep endless_revisions",
    ),
    (
        r"\b(?:bigger|smaller|larger|font size|px|pt|bolder|thinner|darker|lighter|left|right|centered|centred|spacing|margin|padding|navy|orange|teal|blue|red|green|yellow|purple|pink|grey|gray|#[0-9a-f]{3,6})\b",
        0.6,
        "vague_brief",
    ),
    (
        r"\b(?:drop|remove|cut|reduce|simplify|trim|leave out|take out|scale back|fewer)\b{gap}\b(?:from the scope|the scope|scope|pages?|features?|deliverables?|sections?|rounds?|items?)\b|\bwhat (?:could|can|should|would) (?:we|i|you) (?:drop|cut|remove|leave out|simplify)\b|\b(?:smaller|reduced|simpler|lighter|cut-?down) (?:scope|version|package|option)\b",
        1.2,
        "price_pressure",
    ),
    (
        r"\b(?:our|my|their)\s+(?:own\s+|in-?house\s+)?(?:lawyer|attorney|legal team|accountant|doctor|it team|it department|it guy|tax advisor|bookkeeper|specialist|developer|hosting company)\s+(?:will|can|is going to|'ll|handles?|does|do|takes? care)\b|\b(?:we'?ll|we will|i'?ll|i will)\s+(?:have|get|ask)\s+(?:our|my|a)\s+(?:lawyer|attorney|accountant|doctor|specialist|it team|legal team)\b",
        1.3,
        "outside_expertise",
    ),
    (
        r"\b(?:i'?ll|we'?ll|i will|we will|will)\s+(?:review|check|look|get back|reply|confirm|pay|come back|read|test|call|approve|have a look|look at it)\b{g}\b(?:{tomorrow}|{today}|{tonight}|monday|tuesday|wednesday|thursday|friday|next week|this week|later)\b|\b(?:out sick|off sick|i'?m sick|on leave|travell?ing)\b",
        1.0,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:will|are|would|do)\s+(?:you|u)\s+(?:be\s+)?(?:available|around|reachable|working|free|off|away|online)\b",
        1.0,
        "always_available unrealistic_deadline",
    ),
    (
        r"\b(?:we'?ll|i'?ll|we will|i will|we are|we'?re|i'?m|i am)\s+(?:be\s+)?(?:offline|away|out of (?:the )?office|off|unavailable|travell?ing|on holiday|on vacation|closed|out)\b",
        1.0,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:broken|bug|buggy|is down|went down|not working|doesn'?t work|isn'?t working|error|typo|crash\w*|outage|glitch|hacked|404)\b",
        0.6,
        "unrealistic_deadline",
    ),
    (
        r"\bno need to (?:reply|respond|answer|get back|rush|hurry)\b|\bsorry to (?:bother|disturb|ping) (?:you|u)\b|\b(?:reply|answer|respond) (?:when|whenever) (?:you|u)\b",
        1.3,
        "always_available unrealistic_deadline",
    ),
    (
        r"\bwhat can (?:realistically |reasonably )?be (?:done|delivered|achieved|ready)\b|\bwhat(?:'s| is) (?:doable|achievable|feasible)\b|\b(?:realistic|realistically|feasible)\b",
        0.8,
        "unrealistic_deadline guaranteed_outcome scope_creep",
    ),
    (
        r"\b(?:we|i) can (?:skip|drop|remove|cut|leave out|do without)\b|\bstart with (?:just|only)\b|\bcould we start with\b|\b(?:skip|drop) (?:it|them|that) if\b",
        1.2,
        "price_pressure scope_creep",
    ),
    (
        r"\b(?:cheaper|lower-?cost|budget|affordable|less expensive)\s+(?:hosting|option|alternative|plan|tool|plugin|theme|printer|supplier|provider|font)\b",
        1.0,
        "price_pressure",
    ),
    (
        r"\b(?:launch|deadline|event|date|meeting|project)\s+(?:has\s+)?(?:moved|got moved|was moved|is moved|slipped|was pushed|got pushed)\s+(?:to|back)\b|\bmore time\b",
        1.0,
        "late_payment unrealistic_deadline",
    ),
    (
        r"\b(?:guarantee|ensure|make sure)\s+(?:\w+\s+)?(?:accessibility|security|privacy|compliance|quality|consistency|compatibility|that (?:it|the site) (?:works|is accessible|loads))\b",
        1.0,
        "guaranteed_outcome",
    ),
    (
        r"\b(?:(?:a|one) day (?:earlier|early)|earlier this week)\b{gap}\b(?:report|update|call|meeting|invoice)\b|\b(?:report|update|invoice)\b{gap}\b(?:(?:a|one) day (?:earlier|early))\b",
        0.8,
        "unrealistic_deadline",
    ),
    (
        r"\b(?:add|include|put|insert)\s+(?:our|the|a|an)\s+(?:\w+\s+)?(?:link|icon|logo|button|email|address|phone number|map|tagline)\b",
        0.5,
        "scope_creep",
    ),
    (
        r"\b(?:postpone|postponed|put on hold|pause|paused|cancel|cancelled|canceled|shelve|shelved|delay)\w*\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:project|video|campaign|work|launch|shoot|phase|redesign)\b",
        0.8,
        "late_payment unrealistic_deadline",
    ),
    (
        r"\b(?:book|order|buy|hire you for|commission|schedule)\s+(?:\d+|another|more|a few|two|three|four|five)\b{g}\b(?:same|usual|normal|your|standard)\s+(?:rate|price|fee|terms)\b",
        1.0,
        "scope_creep price_pressure",
    ),
    (
        r"\b(?:is|would|will)\s+(?:that|it|this)\s+(?:be\s+)?(?:extra|additional|charged|billed)\b|\b(?:cost|charge|costs)\s+extra\s*\?|\bdoes (?:that|this|it) change (?:anything|the price|the quote|the cost|the timeline|the schedule|the budget)\b",
        1.1,
        "scope_creep free_work",
    ),
    (
        r"\bpaid\s+(?:test|trial|sample|pilot)\b|\b(?:pay|paying)\s+(?:you\s+)?(?:your|the|a)\s+(?:normal|usual|standard|full|regular|hourly|day|agreed)\s+(?:rate|fee|price)\b",
        1.5,
        "free_work price_pressure",
    ),
    (
        r"\bif (?:we|i) (?:send|deliver|provide|get you|give you)\s+(?:you\s+)?(?:all\s+)?(?:the\s+)?(?:content|files|materials|assets|feedback|texts|copy|photos|info)\b",
        1.0,
        "unrealistic_deadline guaranteed_outcome",
    ),
    (
        r"\b(?:examples?|samples?|portfolio|case studies)\s+(?:of\s+)?(?:\w+\s+){0,3}(?:you'?ve|you have|you) (?:done|made|designed|built|written|worked on|created|shot)\b",
        1.2,
        "free_work",
    ),
    (
        r"\b(?:thank you|thanks|thx|ty|cheers|much appreciated|appreciate (?:it|your|the))\b",
        0.15,
        "*",
    ),
]

DEMAND: list[tuple[str, float]] = [
    (
        r"\b(?:i|we)\s+(?:really\s+|absolutely\s+|definitely\s+|seriously\s+)?(?:need|needs|must|expect|require|demand|insist)\b",
        0.25,
    ),
    (r"\b(?:must|has to|have to|got to|gotta|needs to|need to)\s+be\b", 0.25),
    (r"!{2,}", 0.25),
    (
        r"\b(?:no excuses|make sure|i insist|non-?negotiable|or else|or we'?ll|or i'?ll|otherwise (?:we|i)'?ll|final warning|last chance)\b",
        0.3,
    ),
    (
        r"\b(?:or|otherwise)\s+(?:we|i)(?:'ll| will)?\s+(?:find|go|hire|look for|take (?:our|my) business)\s+(?:someone|somebody|elsewhere|another)\b",
        0.35,
    ),
]


# --- Second pass (helper D2): families of phrasings missed on fresh messages (the cold set
# of .cold is for measuring only; these are general forms, not copies of its sentences).
SIGNALS["unrealistic_deadline"] += [
    # "why does a landing page need three weeks?", "how come it takes a month"
    (
        r"\b(?:why|how come|don'?t (?:understand|get|see) why)\b{G}\b(?:needs?|takes?|take|taking|require|requires)\b{g}\b(?:weeks?|months?|so long|that long|this long)\b",
        0.7,
    ),
    (
        r"\b(?:{num}|1|2|3)\s+(?:days?|hours?|hrs?)\s+(?:max|maximum|tops|at most|at the most)\b",
        0.45,
    ),
    (
        r"\b(?:front of the (?:queue|line)|jump the (?:queue|line)|skip the (?:queue|line)|bump (?:us|me|it|this) (?:up|to the top|to the front))\b",
        0.55,
    ),
    # "the whole app live on both stores by Friday", "all 40 pages Sunday night"
    (
        r"\b{big}\b{G}\b(?:by|before|until|till)\s+(?:this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)\b",
        0.6,
    ),
    (r"\b(?:this|next) week\b{g}\b(?:rather than|instead of)\b{g}\b(?:next|in)\b", 0.6),
    (r"\b(?:only|just)\s+(?:{num}|1|2|3)\s+(?:days?|hours?|nights?)\b{gap}\b(?:but|though)\b", 0.6),
    (r"\b(?:you'?re|your|ur|you are)\s+(?:so\s+|really\s+|super\s+)?(?:fast|quick|speedy)\b", 0.3),
    (r"\bclose of play\b|\bcop\b|\bend of play\b", 0.8),
]
SIGNALS["scope_creep"] += [
    (
        r"\b(?:part of|included in|covered by)\s+(?:what we (?:agreed|discussed|signed)|the (?:deal|package|agreement|contract|original (?:quote|price|scope)|existing (?:budget|quote|fee)|current (?:budget|quote|fee)))\b",
        0.55,
    ),
    (
        r"\b(?:out of|from|within|in)\s+the\s+(?:existing|current|same|original|agreed)\s+(?:budget|fee|price|quote)\b",
        0.6,
    ),
]
SIGNALS["price_pressure"] += [
    (
        r"\b(?:only|just)\s+(?:approved|signed off|got|have|has)\s+(?:\d+\s?%|half|a fraction|part)\s+(?:of\s+)?(?:your|the)\s+(?:quote|price|fee|estimate|budget)\b",
        0.8,
    ),
    (
        r"\b(?:any|some|a bit of|a little)\s+(?:flexibility|wiggle room|room|leeway)\b{g}\b(?:price|cost|fee|quote|rate)?",
        0.5,
    ),
    (
        r"\b(?:for|at)\s+a\s+flat\s+{money}?\s?\d+\b{gap}\binstead\b|\ball we can (?:stretch|afford|manage|do)\b",
        0.6,
    ),
]
SIGNALS["late_payment"] += [
    (r"\bwe pay when we pay\b|\bwhen we (?:get|have) (?:the )?(?:money|cash|funds)\b", 0.8),
    (
        r"\b(?:net|every|within|after|in)\s*(?:60|75|90|100|120|150|180)\s*(?:days?|d)?\b",
        0.6,
    ),
    (
        r"\b(?:hold off|wait|delay|postpone|hold)\w*\s+(?:on\s+)?(?:invoicing|the invoice|billing|sending (?:the|your|an) invoice|your invoice)\b",
        0.7,
    ),
    (
        r"\b(?:the\s+)?(?:rest|remainder|balance|other half|remaining)\b{g}\b(?:in|after)\s+(?:like\s+|about\s+|around\s+)?(?:{num}|few)\s+months\b",
        0.75,
    ),
    (r"\bonly been\s+(?:{num}|\d+)\s+(?:weeks|months)\b", 0.5),
    (
        r"\b(?:chasing|chase)\s+(?:us\s+)?(?:about\s+)?(?:the|your|this)\s+(?:invoice|payment)\b",
        0.3,
    ),
    (r"\b(?:more|enough) (?:cash|money|funds)\s+(?:then|later|after)\b", 0.45),
]
SIGNALS["free_work"] += [
    (r"\bon spec\b|\bspec work\b|\bon speculation\b", 0.8),
    (
        r"\b(?:won'?t|will not|aren'?t|are not|not)\s+(?:be\s+)?(?:billing|charging|invoicing|paying)\s+(?:anything|for (?:it|this|the pilot))\b",
        0.6,
    ),
    (r"\bhope (?:you|u) (?:can|could|will|'?ll) do the same\b", 0.3),
]
SIGNALS["always_available"] += [
    (
        r"\bpick (?:up|it up)\b{g}\bwhen (?:i|we) (?:call|ring|phone)\b|\b(?:answer|pick up)\s+(?:the phone|my calls|your phone)\b",
        0.6,
    ),
    (r"\b(?:went|go|going|gone)\s+(?:quiet|silent|dark|mia|awol)\b|\bradio silence\b", 0.4),
    (r"\b(?:tried|called|rang)\s+(?:you\s+)?(?:\d+|two|three|four|five|several|many) times\b", 0.5),
]
SIGNALS["ignores_advice"] += [
    (
        r"\b(?:noted|appreciate|thanks for|thank you for|understand|hear|get|heard|read)\w*\s+(?:\w+\s+){0,2}{adv}\b{G}\b(?:but|however|anyway|regardless)\b",
        0.75,
    ),
    (
        r"\b(?:proceed|proceeding|go|going|stick|sticking)\w*\s+(?:ahead\s+)?(?:as|with (?:the|our|my))\s+(?:originally\s+)?(?:planned|original plan|plan|idea)\b",
        0.45,
    ),
    (r"\bput (?:them|it|those|that) (?:all )?back\b", 0.3),
]
SIGNALS["unethical_request"] += [
    (
        r"\b(?:negative|bad|fake|false|one[- ]star|1[- ]star|made[- ]up)\s+(?:google\s+|yelp\s+)?(?:reviews?|ratings?|testimonials?)\b",
        0.9,
    ),
    (
        r"\b(?:make|making|made)\s+up\s+(?:a few |some |fake |new )?(?:names|quotes|testimonials|reviews|customers|clients|numbers|figures|stats|results)\b",
        0.9,
    ),
    (
        r"\b(?:they|nobody|no one|no-one)'?(?:ll| will)?\s+(?:never|won'?t|will never)?\s*(?:notice|check|find out|know)\b",
        0.45,
    ),
    (
        r"\b(?:nike|apple|adidas|disney|coca[- ]cola|google|mcdonald'?s|starbucks|chanel|gucci)\b{g}\b(?:logo|swoosh|font|design|branding|mascot|characters?)\b",
        0.4,
    ),
]
SIGNALS["outside_expertise"] += [
    (
        r"\b(?:advi[cs]e|recommend|tell us|help us decide)\b{G}\b(?:invest\w*|stocks?|shares|crypto|incorporat\w*|tax\w*|legal|lawsuit|visa|insurance|pension|mortgage)\b",
        0.8,
    ),
    (
        r"\b(?:investment strategy|which stocks|incorporate in|employment contracts?|hr (?:stuff|policies|documents))\b",
        0.6,
    ),
]

REASONABLE += [
    (
        r"\b(?:just\s+)?(?:confirming|checking in|check(?:ing)? on|following up on)\b{g}\b(?:meeting|call|appointment|status|progress|timeline|schedule|update)?",
        0.6,
        "unrealistic_deadline always_available",
    ),
    (
        r"\bis (?:everything|it|all|the project) (?:still )?on track\b",
        0.6,
        "always_available unrealistic_deadline",
    ),
    (
        r"\b(?:can|could) (?:absolutely |easily |definitely )?wait\b|\bwhen(?:ever)? (?:you get a chance|you can|it'?s ready)\b",
        0.6,
        "*",
    ),
]

# --- Third pass (helper D4): ordinary messages the reviewer saw flagged. The lesson's rule:
# asking about a limit is reasonable, assuming past it is not.
REASONABLE += [
    # an open question about feasibility after a date ("Can you make it?", "Would that work?")
    (
        r"\b(?:can|could|will|would)\s+(?:you|u|we)\s+(?:still\s+)?make\s+(?:it|that|that date|that deadline|the deadline)\b|\b(?:would|will|does|do|could)\s+(?:that|this|it|friday|monday|the \w+)\s+(?:work|be ok|be okay|be fine|suit you)\b|\b(?:let (?:me|us) know|tell (?:me|us)|say so)\s+if\s+(?:that'?s\s+|it'?s\s+|this is\s+)?(?:not|too|a problem|an issue|unrealistic)\b|\bif not,?\s+(?:please\s+)?(?:let (?:me|us) know|tell (?:me|us)|say so|what)\b|\b(?:is|was) (?:that|this|it) (?:a )?(?:realistic|feasible|doable|achievable|possible)\b|\bshould (?:we|i) (?:push|move|shift|adjust)\b",
        0.5,
        "unrealistic_deadline",
    ),
    # a guarantee about a property of the deliverable itself, which the provider controls
    (
        r"\b(?:guarantee|guaranteed|guarantees|promise|ensure|make sure|confirm)\b{gap}\b(?:mobile[- ]friendly|mobile|responsive|in svg|svg|vector|eps|pdf|png|file formats?|formats?|print[- ]ready|\d+\s?dpi|cmyk|chrome|safari|firefox|edge|browsers?|android|ios|iphone|gdpr|ccpa|hipaa|compliant|compliance|accessible|wcag|ada|licen[cs]ed|licen[cs]es?|royalty[- ]free|original|copyright|plagiarism[- ]free|bug[- ]free|tested|backed up|https|ssl|secure|load (?:fast|quickly|in under)|page speed|editable|source files|on brand|brand guidelines|spell-?checked|proofread)\b(?![^.?!\n]*\b(?:rank\w*|sales|sell|leads|followers|subscribers|revenue|roi|profits?|traffic|visitors|viral|double|triple|increase|boost|conversions?|customers|clients|downloads|installs|first page|page one|#\s?1|number one|top \d+|approved|funded|win)\b)",
        1.0,
        "guaranteed_outcome",
    ),
    # offering to pay for weekend, after-hours or rush work
    (
        r"\b(?:we|i)(?:'ll|'d| will| would| can| are happy to| am happy to)?\s+(?:of course\s+|gladly\s+)?(?:pay|cover|compensate)\s+(?:you\s+)?(?:for\s+)?(?:the\s+|a\s+|your\s+)?(?:weekend|overtime|after-?hours|out-of-hours|evening|night|holiday|rush|express|priority|double|time and a half|premium|higher|extra)\s*(?:rate|rates|fee|fees|premium|surcharge|hours|work|pay|time)?\b|\b(?:weekend|overtime|after-?hours|evening|holiday)\s+(?:rate|rates|surcharge|premium)\b{g}\b(?:on us|we'?ll cover|we cover|included|of course)\b",
        1.2,
        "always_available unrealistic_deadline scope_creep endless_revisions",
    ),
]

# --- Fourth pass (cold set D5, 2026-11-23): general families missed on fresh messages.
SIGNALS["scope_creep"] += [
    # "since you've got the files open", "could you knock out a few templates too?"
    (
        r"\bsince\s+(?:you'?ve|you have|you'?ve already|you already have)\s+(?:got\s+)?(?:all\s+)?(?:the|our|those)\s+(?:files?|project|code|document|design|psd|figma|source)\s+(?:open|up|there|at hand)\b",
        0.8,
    ),
    (
        r"\b(?:could|can|would)\s+{you}\s+(?:also\s+)?(?:knock out|whip up|throw in|bang out|quickly do|do|make|add|design|write|create|put together)\b[^.?!\n]{3,80}?\s+too\s*\?",
        0.6,
    ),
    # calling the additions small or already paid for: "those are tiny, right?",
    # "all of that is part of the package", "it's the same content after all"
    (
        r"\b(?:those|these|they|that|it|both|all)\s+(?:are|is|'re|'s|should be|would be)\s+(?:all\s+)?(?:tiny|small|quick|minor|simple|easy|little)(?:\s+(?:things?|bits?|ones?|additions?|changes?|tasks?))?\s*,?\s*(?:right|yes|yeah|no|correct)\s*\?",
        0.6,
    ),
    (
        r"\b(?:part of|included in|covered by|within)\s+(?:the\s+|our\s+|your\s+)?(?:same\s+|original\s+|agreed\s+|current\s+)?(?:package|price|fee|quote|scope|budget|deal|contract|retainer|project)\b{g}\b(?:as far as (?:i'?m|we'?re) concerned|i (?:assume|think|guess|believe|'?d say)|surely|obviously|after all|right\s*\?)|\b(?:as far as (?:i'?m|we'?re) concerned|i (?:assume|take it))\b{g}\b(?:part of|included in|covered by)\s+(?:the\s+)?(?:package|price|fee|quote|scope)\b",
        0.8,
    ),
    (
        r"\b(?:it'?s|that'?s|they'?re)\s+(?:basically\s+|just\s+|all\s+)?the same (?:content|text|material|work|files?|design|thing)\s+(?:after all|anyway|really)\b",
        0.5,
    ),
]
SIGNALS["late_payment"] += [
    # long payment terms announced after the work (net 60/90/120, "120-day terms")
    (
        r"\b(?:(?:6|7|9)\d|1[0-8]\d)[- ]?days?\s+(?:payment\s+)?terms\b|\bnet[- ]?(?:6|7|9)\d\b|\bnet[- ]?1[0-8]\d\b|\bpayment terms\b{g}\b(?:(?:6|7|9)\d|1[0-8]\d)\s+days\b",
        0.7,
    ),
    # the invoice is due or overdue and the client proposes later
    (
        r"\binvoice\b{gap}\b(?:was |is )?(?:due|overdue)\b[^\n]{0,80}?\b(?:(?:pay|do|settle) (?:it|this|that) (?:after|next|later)|after the (?:holidays|new year)|next month|in (?:a|two|2|few) (?:weeks?|months?))\b",
        0.7,
    ),
    (
        r"\b(?:pay|payment|invoice|settle|the (?:rest|balance|remainder))\b{gap}\b(?:after|once|when)\s+(?:the\s+)?(?:holidays|new year|summer|the quarter|our (?:client|customer)s?\s+pays?)\b",
        0.6,
    ),
]
SIGNALS["price_pressure"] += [
    # the price called high, with a lower figure or rate named
    (
        r"\b(?:seems?|is|'s|sounds?|a (?:bit|little)|quite|rather|pretty|way)\s+(?:a (?:bit|little)\s+)?(?:steep|pricey|expensive|high|much|a lot)\b[^\n]{0,80}?\b(?:\d+|would be (?:more )?(?:realistic|reasonable|fair)|more (?:realistic|reasonable))\b",
        0.7,
    ),
    (
        r"\b(?:rate|price|fee|budget)\s+(?:at|to|of|down to)\s+{money}?\s*\d+[\d.,]*\s*(?:k|/h|/hr|/hour|an hour|per hour|/word|/day)?\s*(?:{money}\s*)?instead of\b",
        0.8,
    ),
]
SIGNALS["unethical_request"] += [
    (
        r"\b(?:skip|skipping|without|forget|no need for)\s+(?:the\s+|an?\s+)?(?:invoice|receipt|paperwork)\b{g}\b(?:cash|tax|taxes|vat)\b|\b(?:pay|paying|paid)\s+(?:you\s+)?(?:in\s+)?cash\b{g}\b(?:skip|no|without|off)\b|\btax (?:headache|hassle|man)\b",
        1.0,
    ),
    (
        r"\b(?:copy|clone|replicate|duplicate)\s+(?:the\s+|their\s+|this\s+)?(?:layout|design|text|texts|content|site|website|page|copy)\b{gap}\bexactly\b|\bexactly\b{g}\bjust (?:swap|change|replace|put) (?:in\s+)?(?:our|my)\b",
        1.0,
    ),
    # falsified documents and misleading numbers
    (
        r"\b(?:change|alter|edit|raise|bump|fix)\w*\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:grades?|marks?|scores?|results?|dates?|names?)\b{gap}\b(?:diploma|certificate|transcript|degree|passport|visa|contract|licen[cs]e|report card)\b|\b(?:diploma|certificate|transcript)\b{gap}\b(?:change|alter)\w*\s+(?:the\s+)?(?:grade|mark|score|date|name)\b",
        1.0,
    ),
    (
        r"\bstart (?:the )?y-?axis at\b|\bround\w*\s+(?:the\s+)?\d+(?:\.\d+)?\s?%?\s+up to\s+\d+|\b(?:look|seem)\s+(?:more|much more|a lot more|way more)\s+impressive\s+than\s+(?:it|they|the numbers)\s+(?:is|are)\b",
        0.8,
    ),
    (
        r"\b(?:embassy|authorities|auditors?|tax office|irs|hmrc|the bank|insurance|university|school)\s+(?:won'?t|will not|doesn'?t|never|wouldn'?t)\s+(?:check|notice|know|find out|look)\b",
        0.8,
    ),
    (
        r"\b(?:they'?re|it'?s|he'?s|she'?s)\s+in another country\b{g}\b(?:so\s+)?(?:it'?s\s+)?(?:fine|ok|okay|safe|no problem)\b",
        0.6,
    ),
]
SIGNALS["guaranteed_outcome"] += [
    (
        r"\bcommit\w*\s+to\s+(?:us\s+)?(?:hitting|reaching|achieving|getting|making|raising|selling)\b|\botherwise\s+(?:the|your)\s+(?:copy|design|work|campaign|site|video|ads?)\s+(?:didn'?t|did not|doesn'?t|failed to)\s+do\s+(?:its|their|it'?s)\s+job\b",
        0.9,
    ),
]
SIGNALS["vague_brief"] += [
    (
        r"\b(?:you'?re|youre|you are)\s+the\s+(?:designer|expert|pro|professional|creative|artist|writer|developer|one with the eye)\b(?!\s+(?:we|i)\s+(?:hired|chose|picked|trust))",
        0.5,
    ),
    (
        r"\b(?:something|kinda|kind of|sort of)\s+(?:clean|modern|fresh|cool|nice|sleek|simple|minimal|premium|edgy|fun)\s+(?:and|but|&)\s+(?:modern|clean|fresh|warm|fun|bold|elegant|simple|minimal|premium)\b",
        0.5,
    ),
    (r"\blike (?:apple|nike|google|airbnb|tesla|spotify)\b{g}\bbut\b", 0.45),
]
SIGNALS["endless_revisions"] += [
    (
        r"\b(?:\d+|a few|few|several|some|two|three|four|five|ten)\s+more\s+(?:colou?r\s+)?(?:combos|combinations|versions|variations|options|variants|mockups|directions|concepts|palettes)\b",
        0.6,
    ),
    (
        r"\bfinal[_-]+(?:final|v?\d+)\b|\bfinal\s+final\b|\bfinal[_ -]?v\d+\b|\bv(?:1\d|[2-9]\d)\b",
        0.35,
    ),
    (
        r"\b(?:rework|redo|rewrite|revisit|go through)\b{gap}\b(?:you |we |already )?(?:delivered|signed off|approved|accepted|finali[sz]ed)\b|\b(?:signed off|approved|delivered)\b{G}\b(?:rework|redo|rewrite|another pass|start over)\b",
        0.7,
    ),
]
SIGNALS["ignores_advice"] += [
    # "I read your note about X. Keep/leave it", "saw your note recommending backups. Don't bother"
    (
        r"\b(?:read|saw|got|seen|know about|heard)\s+(?:your|the)\s+(?:email|e-mail|note|message|point|comment|warning|recommendation|advice|concerns?)\b[^\n]{0,80}?\b(?:keep|leave|don'?t bother|do it anyway|go ahead anyway|still want|just do|just run|skip it|ignore)\b",
        0.9,
    ),
    (
        r"\b(?:yes yes|yeah yeah|i know i know|ok ok|fine fine)\b{G}\b(?:keep|leave|just|do it|still)\b",
        0.6,
    ),
]
SIGNALS["free_work"] += [
    # a favour for the client's family or friends
    (
        r"\b(?:help|helping|do|fix|build|design|make)\s+(?:my|our)\s+(?:sister|brother|mum|mom|dad|father|mother|cousin|friend|niece|nephew|aunt|uncle|wife|husband|son|daughter|neighbou?r|partner)(?:'?s)?\b[^\n]{0,100}?\b(?:would mean a lot|as a favou?r|favou?r|for free|no charge|nothing big)\b",
        1.0,
    ),
]
SIGNALS["outside_expertise"] += [
    (
        r"\b(?:draft|write|prepare|do|check|review)\w*\s+(?:the\s+|our\s+|a\s+)?(?:terms (?:&|and) conditions|terms of (?:service|use)|privacy polic(?:y|ies)|contracts?|nda|legal (?:texts?|documents?|disclaimers?))\b{gap}\b(?:legally|lawyer|gdpr|compliant|binding)\b",
        0.9,
    ),
    (
        r"\b(?:run|manage|handle|take over)\s+(?:our\s+|the\s+)?(?:facebook|instagram|google|meta|linkedin|tiktok|paid|ppc)?\s*(?:ads|ad campaigns?|advertising)\b{g}\b(?:and|manage|the budget)\b",
        0.7,
    ),
]
REASONABLE += [
    # "don't reply until Monday": the client protects the provider's time
    (
        r"\b(?:don'?t|do not|no need to|dont)\s+(?:reply|respond|answer|get back|work)\b{g}\b(?:until|till|before|over|on|this|during)\s+(?:monday|tomorrow|the weekend|weekend|next week|after|your holiday|you'?re back)\b",
        1.0,
        "always_available unrealistic_deadline",
    ),
    # the client is trying to pay
    (
        r"\b(?:payment link|invoice link|pay(?:ment)? button)\b{g}\b(?:expired|broken|doesn'?t work|not working)\b|\b(?:resend|re-send|send again)\s+(?:the\s+|your\s+)?(?:invoice|payment link|bank details)\b|\bwant to (?:get (?:it|this|you|the invoice) paid|pay (?:you|it|this))\b",
        1.0,
        "*",
    ),
    (
        r"\b(?:sent|send|sending|transferred)\s+(?:you\s+)?(?:a\s+)?(?:little\s+|small\s+)?(?:bonus|tip|thank[- ]you|extra)\b|\bdon'?t invoice (?:it|this|that)\b",
        1.0,
        "free_work price_pressure late_payment",
    ),
    # a date for the answer, not for the work: "let me know by EOD"
    (
        r"\b(?:let (?:me|us) know|get back to (?:me|us)|confirm|reply|respond|tell (?:me|us)|answer)\s+(?:by|before|until)\s+(?:eod|end of (?:the )?day|cob|{tomorrow}|{tonight}|{today}|noon|monday|tuesday|wednesday|thursday|friday)\b",
        0.7,
        "unrealistic_deadline",
    ),
    # asking the price of extra rounds or work
    (
        r"\bwhat'?s\s+(?:your|the)\s+(?:hourly|rate|fee|price|charge|cost)\b{g}\b(?:for (?:that|it|this|those|extra|additional|more)|per (?:round|hour|page)|then)\b",
        1.0,
        "endless_revisions scope_creep unrealistic_deadline always_available outside_expertise",
    ),
    (
        r"\bnot (?:asking|expecting|looking for|trying to get)\s+(?:you\s+)?(?:to\s+|for\s+)?(?:lower|cut|reduce|drop|discount|a discount|cheaper|free|a deal)\b",
        1.0,
        "price_pressure free_work",
    ),
    # a payment routine changes while the terms stay
    (
        r"\bsame (?:terms|amount|due date|payment terms)\b{g}\bnothing changes\b|\bnothing changes (?:on|for) your (?:side|end)\b",
        1.0,
        "*",
    ),
]

# --- Fifth pass (cold set D6, 2026-11-23): general families missed on fresh messages.
SIGNALS["late_payment"] += [
    # payment held back until something outside the agreement happens
    (
        r"\b(?:won'?t|will not|not going to|aren'?t going to|can'?t|cannot|unable to|don'?t)\s+(?:be\s+)?(?:pay|paying|release|releasing|transfer|transferring|process|processing|settle|settling|send|sending)\w*\b[^.?!\n]{0,50}?\buntil\b",
        0.9,
    ),
    (
        r"\b(?:[3-9]\d|\d{3})\s+days\s+(?:overdue|late|past due)\b|\b(?:third|fourth|fifth|\d+(?:rd|th)) reminder\b",
        0.6,
    ),
]
SIGNALS["ignores_advice"] += [
    # skipping the safeguards the provider recommended
    (
        r"\b(?:no need for|don'?t (?:want|need)(?: to set up| to do| to pay for| any)?|skip(?:ping)?|forget (?:about )?|we'?ll pass on)\s+(?:the\s+|a\s+|any\s+)?(?:staging(?: site| server)?|backups?|tests?|testing|qa|redirects?|ssl|security updates?|accessibility|alt text|licen[cs]es?|the licen[cs]e|a licen[cs]e|code review|load testing|a test server)\b",
        0.7,
    ),
    (
        r"\b(?:directly|straight)\s+(?:on|to|in)\s+(?:the\s+)?(?:live|production|prod)\s+(?:site|server|database|shop|store)?\b",
        0.5,
    ),
]
SIGNALS["outside_expertise"] += [
    # "you've got a studio, so could you also mix our album?": a neighbouring skill assumed
    (
        r"\b(?:you'?ve got|you have|you own|since you know|you know|you already know|since you have)\b[^.?!\n]{0,50}?,?\s+(?:so\s+)?(?:could|can|would)\s+{you}\s+(?:also\s+)?(?:do|set up|run|manage|handle|mix|master|fix|draft|file|prepare)\b",
        0.5,
    ),
    (
        r"\b(?:structural (?:calculations?|engineering)|load-?bearing|building permit|planning permission|mix(?:ing)? and master(?:ing)?|master(?:ing)? (?:the|our) (?:album|tracks?|ep)|google ads campaigns?|ad campaigns?|tax returns?|payroll|bookkeeping|medical advice|diagnos\w+|legal advice|visa application)\b",
        0.5,
    ),
]
SIGNALS["scope_creep"] += [
    # "we won't change the price", "no need to recalculate"
    (
        r"\b(?:we\s+)?(?:won'?t|will not|can'?t|not going to)\s+(?:be\s+)?(?:increase|increasing|raise|raising|change|changing|add(?:ing)? to|adjust|adjusting|re-?quote|recalculate)\s+(?:the\s+)?(?:price|fee|budget|quote|rate)\b",
        0.7,
    ),
    (
        r"\b(?:got|have|there are|there'?s)\s+(?:\d+|a few|several|a dozen|dozens of)\s+more\s+(?:modules|pages|videos|episodes|chapters|articles|posts|products|screens|tracks|files)\b",
        0.5,
    ),
]
SIGNALS["endless_revisions"] += [
    (
        r"\b(?:new direction|change of direction|different direction|start (?:from scratch|over))\b|\bforget\s+(?:the\s+)?(?:\w+\s+){0,2}(?:beat|style|concept|idea|design|version|draft|direction|look)\b{g}\b(?:we want|let'?s (?:do|go|try)|now)\b",
        0.6,
    ),
    (
        r"\b(?:re-?edit|redo|rework|re-?shoot|re-?record|re-?design)\s+(?:all|every|the whole|the entire|all the)\b|\b(?:still )?counts? as (?:the same|one|a single) (?:revision|round|change)\b",
        0.6,
    ),
    (r"\b(?:revision|round|edit|change|version)\s*(?:no\.?|number|#)\s*(?:[4-9]|\d{2})\b", 0.6),
]
SIGNALS["price_pressure"] += [
    (
        r"\b{money}?\s?\d[\d,.]*\s?(?:k\s)?(?:{money}\s)?(?:is|seems|sounds)\s+(?:a lot|too much|a bit much|steep|high|out of (?:our|my) (?:budget|range))\b|\bour budget is\s+{money}?\s?\d[\d,.]*\b{g}\b(?:for (?:the )?(?:whole|entire|full|all)|is that ok|would that work|can you)\b",
        1.0,
    ),
]
REASONABLE += [
    # the client's own promise of feedback or a reply
    (
        r"\b(?:i'?ll|we'?ll|i will|we will|i'?m going to|we'?re going to)\s+(?:send|get|have|share|give|return)\s+(?:you\s+)?(?:the\s+|our\s+|my\s+)?(?:consolidated\s+|combined\s+|final\s+|all\s+)?(?:feedback|comments|notes|answers?|reply|response|decision|approval|sign-?off|edits)\b",
        1.0,
        "unrealistic_deadline always_available",
    ),
    # leaving room for a no
    (
        r"\bif\s+(?:you'?re|you are)\s+(?:fully\s+|already\s+)?(?:booked|busy|swamped|at capacity)\b|\bif\s+you\s+(?:don'?t|do not)\s+have\s+(?:the\s+)?(?:space|time|capacity|availability|room)\b",
        0.8,
        "*",
    ),
    # acknowledging that it is new or extra work
    (
        r"\bwe\s+(?:know|realise|realize|understand|appreciate)\s+(?:that'?s|that is|it'?s|it is|this is)\s+(?:new|extra|additional|more|out of scope|outside (?:the|our) (?:scope|package|agreement))\b|\bif\s+(?:that'?s|it'?s|this is)\s+outside\s+(?:the|our)\s+(?:\w+\s+)?(?:package|scope|agreement|contract|retainer)\b",
        1.0,
        "scope_creep free_work",
    ),
]
SIGNALS["unethical_request"] += [
    (
        r"\b(?:put|run|book|pass|claim|expense)\w*\b[^.?!\n]{0,40}?\bthrough the (?:books|company|business)\s+as\b|\b(?:label|mark|book|list|call)\s+(?:it|this|that|them)\s+as\s+(?:a\s+)?(?:client meetings?|business (?:travel|expenses?|trip)|consulting|training|marketing)\b",
        0.9,
    ),
    (
        r"\b(?:accountant|bookkeeper|auditor|boss|client|board|investors?)\s+(?:never|doesn'?t|won'?t|don'?t|will never)\s+(?:checks?|notices?|looks?|reads?)\b",
        0.7,
    ),
    (
        r"\b(?:adjust|change|tweak|rework|massage)\w*\s+(?:the\s+)?(?:calculation|method|methodology|formula|numbers|figures|data|model|metric)\s+so\s+(?:that\s+)?(?:it|they|the \w+)\s+(?:lands?|comes? out|shows?|looks?|reads?|ends? up)\s+(?:under|below|above|over|at|higher|lower|better)\b|\bexclude\s+(?:whichever|whatever|any)\s+\w+\s+(?:you need|it takes)\b|\bdon'?t (?:footnote|disclose|mention) (?:it|that|this|the change)\b",
        1.0,
    ),
]
SIGNALS["guaranteed_outcome"] += [
    (
        r"\b(?:convert|conversion rate|ctr|click-?through|roas|roi|open rate|engagement rate)\b[^.?!\n]{0,20}?\b(?:at|of)?\s*\d+(?:\.\d+)?\s?%\s*(?:minimum|min|at least|or more)\b|\bif\s+(?:it'?s|it is|we'?re|sales are|the rate is)\s+(?:under|below|less than)\s+\d+[^.?!\n]{0,40}?\b(?:we\s+)?(?:don'?t|won'?t|do not|will not)\s+pay\b",
        0.9,
    ),
]
SIGNALS["free_work"] += [
    (
        r"\bas\s+(?:your|a)\s+(?:wedding\s+)?(?:gift|present|favou?r)\s+(?:to|for)\b|\btold (?:her|him|them) you'?d be happy to\b",
        0.8,
    ),
]
SIGNALS["vague_brief"] += [
    (
        r"\b(?:idk|i don'?t know|we don'?t (?:really )?know|not sure|no idea)\s+(?:what\s+)?(?:the genre|the style|(?:our|my) style|what (?:we|i) want|what it should|the look|the vibe|the colou?rs?)\b|\bbudget\s+tbd\b",
        0.6,
    ),
]
REASONABLE += [
    (
        r"\bnot your fault\b|\b(?:just\s+)?add\s+(?:the\s+|your\s+)?(?:time|hours|cost|extra)\s+to\s+(?:the|my|our|next month'?s)\s+(?:invoice|bill)\b",
        0.8,
        "*",
    ),
]
