"""Write ``data/example_messages.csv``: labelled client messages in four languages (deterministic).

Run ``python data/generate_messages.py`` (or ``make data``) to (re)write the file. Columns:
``id, language, label, split, text, note`` (UTF-8, ``\\n`` line ends, one header row; a text may
hold a line break inside its quoted cell).

Sources and assumptions
-----------------------
- Every message was **written by the project** for this kit, in the way clients write to
  freelancers and small agencies (designers, writers, developers, marketers, translators,
  photographers, SEO and social media people). No real client data is used and nothing here is
  derived from any evaluation data. Names, numbers and companies are invented.
- The messages are messy on purpose: short and long, lowercase, misspelt, sarcastic,
  passive-aggressive, polite but unreasonable, with emojis and mixed language (Indonesian with
  English words, Russian with "дедлайн"/"ASAP", Arabic in MSA and Gulf/Egyptian colloquial, a few
  in Latin-script "Arabizi"). The four languages are written separately, not translated.
- "Hard reasonable" messages share words with an unreasonable type but are fine ("When will the
  draft be ready?", "Could we move the deadline up if we pay the rush fee?"). Their ``note``
  starts with ``hard`` and names the type they resemble. A message that mixes two issues is
  labelled with the dominant one and its ``note`` starts with ``also`` and names the other.
  A message in Arabizi has ``arabizi`` in its note.
- The split is fixed, stratified by language x label: within each stratum the messages are
  ordered by the SHA-256 of their id and the first ``round(n / 3)`` go to ``test``, the rest to
  ``dev`` (about 2/3 dev, 1/3 test). Nothing is random; running the script twice gives the same
  bytes.

Label definitions (keep every label consistent with these)
----------------------------------------------------------
unrealistic_deadline  a date or turnaround that cannot hold for the work asked ("by tomorrow",
                      "in 2 hours", "this weekend" for a whole site).
scope_creep           adds work to the agreed scope without talking about price or time ("while
                      you're at it", "just one more small thing", "also add", "that's included,
                      right?").
price_pressure        asks for a discount or a lower agreed/quoted price ("others do it
                      cheaper", "budget is tight, do it for half", "harga teman", "скидочку").
late_payment          pays late or on a condition the provider does not control ("when it's
                      live", "when our client pays us", "net 90", ignored invoices, no deposit
                      until delivery).
free_work             unpaid work: free tests and samples, "for exposure / your portfolio",
                      spec contests, "a quick free mockup to see if we like you".
always_available      expects the provider to be reachable at any hour, at weekends, on holiday,
                      with instant answers ("why didn't you answer at 11 pm").
guaranteed_outcome    asks for a guarantee of a result nobody controls (rankings, virality,
                      followers, sales, funding), often with a refund or payment tied to it.
vague_brief           no goal or direction and the provider must guess ("you decide", "surprise
                      me", "make it pop", "I'll know it when I see it").
endless_revisions     revisions beyond the agreed rounds: redo from scratch after approval, the
                      fifth "last small tweak", "do it differently" without direction.
ignores_advice        insists on a course against the provider's professional advice ("I know
                      you said it won't work but do it my way", "forget best practice").
unethical_request     fake reviews or followers, copying or plagiarism, unlicensed images or
                      fonts, hidden fees, misleading or false claims, spam, forged documents.
outside_expertise     work outside the provider's field (legal or tax advice, fixing printers or
                      servers for a designer, medical or regulatory review for a writer).
reasonable            none of the above: questions, quotes, feedback within the agreed rounds,
                      approvals, scheduling, payment confirmations, thanks, sharing assets,
                      advice wanted, deadlines asked about rather than imposed.

Authoring format
----------------
``MESSAGES[language][label]`` is a block of text: one message per line; a line starting with
two spaces continues the message above (joined with a space); a line starting with ``  => ``
is the note of the message above; ``¶`` in a message is a line break.

Public functions::

    parse_block(block) -> list[tuple[str, str]]        # (text, note) pairs
    messages() -> list[dict[str, str]]                 # the rows, in file order, split assigned
    render() -> str                                     # the exact file text
    counts() -> dict[str, dict[str, int]]              # language -> label -> n
    write_all(out_dir) -> list[pathlib.Path]
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from expectlib.replies.taxonomy import REQUEST_TYPES

__all__ = [
    "COLUMNS",
    "LABELS",
    "LANGUAGES",
    "MESSAGES",
    "MINIMUMS",
    "REQUEST_TYPES",
    "counts",
    "messages",
    "parse_block",
    "render",
    "write_all",
]

OUT = Path(__file__).resolve().parent
FILE = "example_messages.csv"
COLUMNS = ("id", "language", "label", "split", "text", "note")
LANGUAGES = ("en", "id", "ru", "ar")
LABELS = (*REQUEST_TYPES, "reasonable")
# language -> (min total, min per request type, min reasonable)
MINIMUMS = {"en": (300, 15, 110), "id": (90, 5, 30), "ru": (90, 5, 30), "ar": (90, 5, 30)}
TEST_SHARE = 1 / 3

# ---------------------------------------------------------------- English

EN: dict[str, str] = {
    "unrealistic_deadline": """
can you have it by tomorrow?
need the logo in 2 hours, pitch meeting at 3!!
asap pls
Hi! We just realised the launch is Monday. Could you do the whole 8-page site this weekend?
  I'm sure a pro like you can manage it.
great, another week? we need the translation of the 40-page manual by tonight, not next thursday
Hey so the board moved the meeting up. I need the full 30-slide deck redesigned by 9am tomorrow.
  Thx
the video needs to be edited and color graded by EOD today, footage coming at 4pm
Can you write 20 blog posts by Friday? It's Wednesday but they're short, like 1500 words each
need 500 product photos retouched by tomorrow morning, the shop goes live at 8 🙏
Why would the app take 3 months? my nephew says it's a weekend job. lets say done by next friday
Sorry for the short notice!! Need the brochure print ready in an hour, printer is waiting
i know we said 3 weeks but can u squeeze the whole rebrand into 3 days? boss wants it for the
  investor thing
URGENT: translate the contract (60 pages) to German by tomorrow 10 am. thanks
Could you possibly deliver the complete e-commerce site by the end of this week? We've already
  announced the launch date on Instagram.
just need a quick 2 min explainer animation for tonight's webinar, script coming in 20 min
Hi Sam,¶¶hope you had a nice weekend. So, bit of a situation here. Our CEO saw the competitor
  launch yesterday and now wants our new landing page, the email sequence AND the ad creatives
  live before Thursday morning's all-hands. I know the plan said end of month but things change,
  right? Let me know you're on it.¶¶Cheers, Dana
we're flying out tmrw, need the full event album edited (900 shots) before we board at 7am
Surely 48 hours is enough for a full SEO audit of 12,000 pages?
no rush... just kidding, need it in 30 minutes lol
""",
    "scope_creep": """
while you're at it can you also do the business cards? same budget ofc
just one more small thing – can you add a blog section? shouldn't take long
Also add a French version of the site please. Thanks!
Oh and could you make Instagram, Facebook and LinkedIn versions of every banner too? Just resize 😊
can u also write the product descriptions? there's only like 80 of them
The logo looks great! Now we need it animated for the intro of our YouTube channel, plus a
  favicon set, plus a brand guide. That's all part of the logo, right?
Since you're already in the code, could you quickly hook up the CRM and the payment gateway too?
Small favour: translate the subtitles for the other 6 videos too, they're basically the same
we also need a mobile app version of the website, should be easy since the design is done
Hey! Loved the photos from the launch. Could you also swing by the office Thursday and take team
  headshots? You're already editing the others so it's basically the same job.
add a members area with login. and a forum. and newsletter signup. nothing big
I assumed the 10 social posts include writing the captions and scheduling them for a month? and
  replying to comments?
can you just quickly also fix our email signatures, they look off. and the letterhead. and the
  powerpoint template.
Btw we need the manual in Spanish and Portuguese as well, not just German. Can you just include
  them?
the keyword research is done, so now just write and publish the 30 articles, you have all the
  info anyway
Hi, tiny thing: could the landing page also have a configurator where people build their own
  product? Same deadline.
  => also unrealistic_deadline
Love the menu design! While we're at it let's redo the restaurant signage, the website and the
  staff uniforms to match lol
Please also do the Twitter, TikTok and Pinterest accounts. The contract says social media so
  that's all included I think.
Hi Jo,¶¶Quick update from our side! The board loved the homepage mockup. A few things came up
  in the meeting: we'd like to add an online booking system, a customer portal where clients can
  download their invoices, and a chatbot (maybe AI?). Also the sales team asked for a printable
  brochure version of each service page. I think all of this fits in the current project since
  it's the same website, right? Can't wait to see it all next week!¶¶Best, Priya
  => also unrealistic_deadline
""",
    "price_pressure": """
Can you do it for half? budget is tight this quarter
others on fiverr do this for $20, why is yours $400?
We loved the quote but could you knock 30% off? We'll send you tons of work later
honestly the price is too much for a logo. it's just some text and a shape. 50 bucks?
Hi, we agreed 2,000 but finance only approved 1,200. Can you do the same work for that?
Any chance of a startup discount? Like 50%? We're a small team with big dreams 🚀
Why does the translation cost per word? Can you just do a flat 100 for the whole book
my friend said your rate is crazy high for a student. lets say $10/hour
I found someone in another city who'll do the whole site for 300. Match that or I'm going with
  them
Since the design is mostly template based I think the price should be lower, no? Let's say 40%
  off.
we'll pay the quoted price for the first video but for the other 9 we expect a bulk price of
  around a quarter of it
Hi Lena,¶the proposal looks good and we really want to work with you. The only thing is the
  number. Our previous photographer charged 150 for a full day including editing, so 900 seems a
  bit steep. Could you reconsider? We're a family business and every bit counts.
no offense but AI can write this in 5 seconds. 5 dollars per article max
The work took you less time than you quoted, right? So we'll pay 70% of the invoice and call it
  even.
ur quote is 3x what we budgeted. do it for our budget and we have a deal 🤝
cheaper pls
Your hourly rate is higher than our in-house developer's salary. Can we agree on something more
  reasonable, like half?
wow. that's a lot for a 5 page website. must be nice 🙄 can you do better on the price?
""",
    "late_payment": """
we'll pay when the site is live
Payment will be made once our client pays us. Usually 3-4 months.
Our terms are net 90, hope that's ok. Please start the work anyway
hi, sorry we can't pay the invoice this month, can we do next month? maybe the month after.
  please keep working on phase 2 in the meantime
i saw your invoice reminders. we'll get to it. stop emailing accounting every week pls
We'll pay the deposit after you deliver the first draft, that's how we work with everyone.
Can we pay you in 6 instalments? The first one after launch.
Payment will be released once the campaign hits its targets.
  => also guaranteed_outcome
The invoice from March? I thought we settled that. Anyway finance is closed until the new fiscal
  year
We only pay invoices on the last Friday of the quarter. Yours came in 2 days late so it rolls to
  next quarter.
We'll settle everything at the end of the project, no milestone payments please, simpler for us.
Honestly we're waiting on investors. Keep going and we'll pay the whole thing in one go when the
  round closes 🤞
Not paying anything until I see the final final version. Drafts don't count.
Hello, our accountant is on vacation. The payment for the last two months will be done when she
  is back, maybe in October. Please send the next batch of translations tomorrow as planned.
pay u next week bro promise (third time saying it but this time for real)
We don't do upfront payments. You'll get paid 60 days after we approve the final files.
the money is stuck in some bank transfer thing. can you release the source files now and we pay
  whenever it clears?
Invoice #4 is 45 days overdue? Relax, everyone pays late, you'll get it eventually
Dear Mr Okafor,¶¶Thank you for your reminder of 3 June regarding invoices 2024-017 and
  2024-021. Please note that our internal approval process requires sign-off from the regional
  director, who is travelling until the end of the month, after which invoices enter the next
  payment run (typically 45 to 60 days). We kindly ask you to continue with the agreed
  deliverables in the meantime.¶¶Kind regards,¶Accounts Payable
""",
    "free_work": """
Before we hire you, could you do a free test article on our topic? 2000 words. If we like it
  we'll use it.
We can't pay but it's great exposure, our page has 50k followers!
can u do a quick free mockup so we see if we like ur style
We're running a design contest: 30 designers submit logos, we pick one and pay the winner 100 usd.
It's for your portfolio anyway so let's say no fee for this one?
Could you translate this 5-page sample for free to show us your quality?
would you shoot our wedding for free? it'd be amazing content for your instagram
Hey, we're a startup with no budget right now, but we'll give you equity. Like 0.1%. Can you
  build the MVP?
We'd like 3 full concepts before signing, unpaid, so we can compare agencies
Send over a full SEO audit of our site as a sample and if it's good we'll talk about a contract
no pay but you'll get a credit in the video description 🙂
can you do a free trial month managing our social accounts? if we see growth we'll sign
  => also guaranteed_outcome
Can you spare an hour on a call to go through our whole marketing strategy and tell us what to
  change? no charge obviously, we're just chatting
Hi! We're pitching for a big client. Could you draft some logo ideas for free? If we win, you'll
  get the job.
my cousin's band needs a music video, they can't pay but you'd get backstage passes
Do a small unpaid test first: redesign our homepage. If we like it we'll hire you for the rest.
we're a charity so we assume you'll do it pro bono right? everyone else helps us for free
Just write a couple of captions so we can see your tone. It's not real work, just a few lines.
  Then we'll decide.
""",
    "always_available": """
why didn't you answer at 11 pm? I sent 3 messages
I expect replies within 10 minutes, even on weekends
pick up the phone!! i called 6 times
Please keep your phone on during your holiday, we might need small changes
we work Saturdays and Sundays so we expect you to be online too
I'll be texting on WhatsApp at night since that's when I have time. Please reply right away so we
  don't lose momentum
Sent you an email 20 min ago, still nothing??
Can you be on standby 24/7 during the campaign? Just in case something comes up.
it's sunday, i know, but can you jump on a quick call now? like now now
We'd like you in our Slack with notifications on at all hours. The team is in 4 time zones.
You seem to only reply during office hours. That doesn't work for us. We need someone who's
  always reachable.
hello?? hello??? are you there
Why is your status 'away'? We pay you to be available.
Hope you don't mind, I'll call your personal number in the evenings when I'm off work 🙂
It's Christmas Eve but the CEO wants to go through the slides tonight with you live on Zoom.
  you're free right?
I need you to answer every message within 5 minutes in business hours and within the hour at
  night
Hi, just a heads up on how we work: our founder has ideas at all hours (3 am sometimes!) and likes
  to bounce them off people right away. We'll add you to the founder's WhatsApp group. Fast
  replies are really appreciated, it's part of our culture.
The server went down at 2am and you didn't wake up?? we're not paying you to sleep
""",
    "guaranteed_outcome": """
Can you guarantee first page on Google in a week?
promise it goes viral
we need a guarantee of 10k new followers by the end of the month
If the ads don't bring at least 200 sales, we expect a refund
I want a written guarantee that this logo will increase our revenue by 20%
can you make sure the video gets 1 million views? that's the whole point
Guarantee us #1 for "best lawyer london" by March and we're in
We'll only pay for the copy if the conversion rate doubles
  => also late_payment
Please confirm the book translation will get us a publisher in Germany.
You're the expert so you can promise the app will be approved by Apple on the first try, right?
i need the kickstarter to hit 100k. can u guarantee that with the campaign page?
Our last agency failed. If you can't guarantee we'll rank top 3 for all 50 keywords in 30 days,
  we're not interested.
Make sure the pitch deck gets us funded 😅 no pressure
Can you guarantee none of our customers will complain about the new website?
The new packaging has to double our sales, otherwise what's the point of paying you
we need 5000 email subscribers from the landing page in the first week, guaranteed
Can you promise the TikToks will get at least 100k views each? We'll pay a bonus if they do but we
  need the promise.
Dear team,¶before we sign: our board requires the agency to commit to a 300% ROI on ad spend in
  the first quarter, in writing. Please confirm you can give this guarantee.¶Kind regards
""",
    "vague_brief": """
you decide
surprise me
make it pop
something modern but also classic, you know what I mean
I'll know it when I see it
just make a website for my business. whatever you think is good
Not sure what we want yet, just start and we'll see
can it be more... wow?
The brand should feel fresh, premium, friendly, edgy and corporate at the same time.
Write something about our company. You can find info online I guess
hmm it doesn't have the right vibe. can't explain. make it more vibey
Do whatever you want with the photos, you're the artist. Just make them amazing.
we need a logo. no idea about colours, the name might change, target audience is everyone
Hi, I need a marketing strategy. Budget? Goals? Not sure, let's figure it out as we go.
just do the usual
Make it like Apple but not like Apple
Can you build an app like Uber but for something? we haven't decided the something yet
Okay so it's hard to explain. Imagine a brand that's like a sunrise but also a bit urban? My wife
  thinks blue, I think orange, my partner says no colours. Just go with your gut and we'll see if
  it clicks.
""",
    "endless_revisions": """
ok this is round 5 but can you try a totally different direction again
I know we approved the layout last week but can we go back to scratch? something doesn't sit right
one more small tweak (sorry!!) – move the logo 2px left. and back. actually try both again
I don't like it, do it differently. Not sure how. This is the 7th version right?
Can we see 10 more variations of the headline? The previous 40 were close but not quite.
We signed off on version 3 but the CEO's wife doesn't like the green, so let's redo all of them
another round pls. same notes as before but different
Sorry, me again. The team had another look and we'd like to revisit the concept from the very
  beginning. I know this is revision round 6 but we just want it perfect.
back to version 2. no wait, version 4. actually mix 2 and 4. and try a new one
the translation was approved but my colleague wants every paragraph rephrased in his style,
  please redo the whole thing
I know the contract says 2 revisions, but we're on the 4th and still not happy so we need more
one more tweak and I promise it's the last one 🙈 (said that 4 times already I know)
Can you change the font back to what it was 3 rounds ago? And then also try the one from round 1
Hmm. Still not it. Let's do another round, and another if needed, until we love it.
9th revision attached. just a few comments (43)
ok so I showed the new version to my husband, my sister and two of our regulars and honestly
  everyone has a different opinion. my sister thinks the font is too thin, my husband wants the
  cupcake bigger, the regulars liked version 2 better. I know we're way past the two rounds but
  could you do one more round with all of their comments? and maybe a version 7 with something
  completely new just in case 🙏
We approved the final edit yesterday but now marketing wants to re-cut the whole video with a
  different story
let's keep iterating, no limit, we'll know when we're done
  => also vague_brief
the photos were approved and delivered but can you re-edit all 300 with a warmer look? and then
  maybe a colder look to compare
""",
    "ignores_advice": """
I know you said it won't work but do it my way
forget best practice, put the whole text in capitals
I don't care about mobile, nobody uses phones for this. desktop only
Yes I read your note about accessibility, but we want light grey text on white. It looks classy.
We'll use the Comic Sans logo, the one you said isn't legible at small sizes. Final decision.
you said keyword stuffing would get us penalised but just put "cheap shoes" 40 times on the page
I hear you on the autoplay music, but the CEO loves it. Please add it to every page.
Do it the way I said. I've been in business 20 years, I know better than a designer.
Skip the testing, we'll fix bugs after launch. I know you recommended a QA week.
use the photo from my phone for the billboard, i know you said resolution is too low but it'll be
  fine
Translate it word for word, I don't care if it sounds unnatural in Japanese. Literal is safer.
we're going with 12 fonts. i know u said 2 max
You warned about storing passwords in plain text but it's simpler, just do it
  => also unethical_request
I know you recommended against a pop-up on page load, but make it 3 popups. Conversions!
Thanks for the detailed explanation of why we shouldn't launch on Black Friday without load
  testing. We're doing it anyway. Please proceed.
My brother says WordPress is dead so build it from scratch in raw PHP, even if you think it's
  worse
Put all 15 services in the homepage hero. yes all of them. I know you said one message works
  better.
no, keep the 5-minute intro before the video starts. I don't care what the retention data says
""",
    "unethical_request": """
Can you write 50 five-star reviews for our Google page? Use different names
just copy our competitor's website, change the colors a bit
grab some images from Google, nobody checks licences
We need fake followers, like 20k, so the account looks established
Please write that our supplement cures anxiety. We don't have studies but everyone says it
Hide the service fee in the small print at checkout, we don't want customers to see it before
  paying
Can you rewrite this article from another blog so it doesn't get flagged as plagiarism?
we bought an email list of 100k addresses, please send the newsletter to all of them
Use the Nike swoosh in our logo, just flipped. it's different enough
Please translate the certificate and change the date of birth, it's just a small thing
Could you write my thesis chapter? I'll submit it as mine, my professor won't know.
Put 'as seen on BBC' on the landing page. We weren't on BBC but we might be
download the font from some free site, we're not paying for a license
Make some Instagram accounts and comment positive stuff on our posts so it looks organic
Can you edit the before/after photos for our weight loss clinic so the results look bigger?
Put a countdown timer that resets every time someone visits. 'Offer ends in 10 minutes' forever 😉
Write a few negative reviews on our competitor's listing, nothing too crazy
Take the photos from that photographer's portfolio and put them in ours as examples of our work.
""",
    "outside_expertise": """
while you're designing the logo, can you check if the name is trademarked and draft our terms and
  conditions?
  => also scope_creep
You built our website so can you fix the office printer? it's not connecting
Can you do our tax return too? you're good with numbers
As our copywriter, please review our medical claims and confirm they comply with FDA rules
the server is down, you designed the site so please fix the hosting
You're a translator, so you can give us legal advice on this contract clause, right?
Can you help me set up payroll for my employees? you did our invoice template after all
hey since you're the photographer, can you also cater the event? just snacks
Our social media person should know this – is it legal to fire an employee for posting about us?
You made our app icons, so could you write the backend API and set up the database cluster?
Please work out why our employees are unhappy and fix the HR process, you did the employer
  branding video
Can the logo designer also register our company in Delaware and open the bank account?
Since you're doing our SEO, we'd like you to negotiate the lease for our new office. You're good
  at persuasion.
you're a web dev, so pls recover the deleted files from my laptop hard drive
As our content writer, could you check our patient leaflets for medical accuracy? We don't have a
  doctor on the team.
can u fix my car's bluetooth? ur the tech guy
You're our translator – please also represent us at the court hearing next week, you know the
  documents best
You designed our pitch deck so you'll be able to build the financial model and valuation for
  investors, yes?
""",
    "reasonable": """
When will the draft be ready?
  => hard: unrealistic_deadline
I'd like daily updates during launch week
  => hard: always_available
How much would it cost to add a page?
  => hard: scope_creep
Could we move the deadline up a week if we pay the rush fee you mentioned?
  => hard: unrealistic_deadline
Can you send the invoice? We pay within 14 days
  => hard: late_payment
I don't love the second concept, can we use our included revision on it?
  => hard: endless_revisions
Is there any way you could guarantee the files are delivered in PNG and SVG?
  => hard: guaranteed_outcome
We need it by Friday for the trade show — is that realistic, and if not what can you do?
  => hard: unrealistic_deadline
Are you available in December? We're planning a small project and wanted to ask before the
  holidays.
  => hard: always_available
What's your rate for a rush job? we may need something turned around in 3 days next month
  => hard: unrealistic_deadline
Is it possible to add a blog later? Just want to know what it would cost and how long it'd take
  => hard: scope_creep
Could you send a quote for the extra translations (Spanish and Portuguese)?
  => hard: scope_creep
Our budget is 1,500 — what could you do for that amount? Happy to cut pages.
  => hard: price_pressure
Payment sent today, should arrive in 2-3 business days 👍
  => hard: late_payment
Quick question, asap if you can: which file format do you need the logo in?
  => hard: unrealistic_deadline
urgent but small: the phone number on the contact page has a typo, it's 555-0143 not 555-0134
  => hard: unrealistic_deadline
Thanks for the honest advice about the pop-up, we'll skip it.
  => hard: ignores_advice
You suggested fewer fonts, fair point, let's go with two.
  => hard: ignores_advice
Hi! what's your weekend policy? just so we know whether to wait till Monday
  => hard: always_available
If something breaks on launch night, who should we call? Is there a support package we can buy?
  => hard: always_available
Do you offer a discount for paying the whole project upfront? if not, no problem
  => hard: price_pressure
What results can we realistically expect from SEO in the first 6 months?
  => hard: guaranteed_outcome
We want to grow to 10k followers this year. What would you recommend and what's realistic?
  => hard: guaranteed_outcome
Can we have a call to go over the brief? I've written down our goals, audience and 3 examples we
  like.
  => hard: vague_brief
I know you're busy — no need to reply tonight, tomorrow is fine.
  => hard: always_available
Can we use the second revision round on the homepage? Notes: bigger photo, shorter headline, swap
  the CTA colour to green.
  => hard: endless_revisions
I approve the final version. Please send the files and the final invoice.
  => hard: endless_revisions
We'd like to add two pages to the scope. Can you update the quote and timeline?
  => hard: scope_creep
Is the deadline still on track for the 15th? Just checking, no pressure.
  => hard: unrealistic_deadline
We're tight on budget this year — could we split the project into two phases and do the homepage
  first?
  => hard: price_pressure
Could you recommend a lawyer for the trademark question? I know that's not your area.
  => hard: outside_expertise
Our accounts department pays net 30, is that ok with you? If you need a deposit we can arrange it.
  => hard: late_payment
Quick one: will I get the source files when the project is finished, or is that extra?
  => hard: scope_creep
Could you do a paid test article first? We'd pay your normal rate for it.
  => hard: free_work
We're not sure about the colours yet, could you show us 2 or 3 options as part of the concept
  round?
  => hard: vague_brief
What would it take to get the site live a week earlier? We're open to dropping the blog for launch.
  => hard: unrealistic_deadline
What happens if we need more revisions than the 2 included? What's the price per extra round?
  => hard: endless_revisions
Do you think the current logo could work on the new packaging, or would you advise a refresh?
  => hard: ignores_advice
Can you make the headline pop a bit more? maybe a bigger size and the orange from the logo
  => hard: vague_brief
For the accent button colour, surprise us — anything from the brand palette works. The rest of
  the brief stands.
  => hard: vague_brief
Can you tell us honestly if the 3-week timeline is realistic for the app? We'd rather know now.
  => hard: unrealistic_deadline
we get paid on the 1st, is it ok if the deposit arrives then and you start on the 2nd?
  => hard: late_payment
Do you charge for the first consultation call? Just want to know before we book it.
  => hard: free_work
We got a cheaper quote from another studio but we prefer your work. Is there anything we could
  drop from the scope to bring it closer to 2k?
  => hard: price_pressure
Can you commit to the 12 May delivery if we send all the content by Monday?
  => hard: guaranteed_outcome
We're launching on Black Friday, what's the latest date you'd need the final content by?
  => hard: unrealistic_deadline
Please don't rush it — quality matters more than speed for us.
  => hard: unrealistic_deadline
would it be possible to have a 15-minute call on Saturday? totally fine if not, Monday works too
  => hard: always_available
Can you add me to the invoice emails? Our accounts payable is slow so I want to chase them myself.
  => hard: late_payment
Can we get a price for translating the website into Arabic and Indonesian as a separate job?
  => hard: scope_creep
i need the pitch deck by thursday 5pm. is that doable for 10 slides with our content ready? if
  not tell me what's possible
  => hard: unrealistic_deadline
Our competitor's site is really clean — can we look at it together and work out what we like
  about it for our own layout?
  => hard: unethical_request
Can we pay for the stock photos you suggested? Please add the licences to the invoice.
  => hard: unethical_request
The texts need a legal check before they go live, we'll have our lawyer do it. Can you send a
  Word version?
  => hard: outside_expertise
Could you show us a couple of examples of logos you've done for cafés before we decide?
  => hard: free_work
Hi Tom,¶thanks for the proposal. We went through it with the team and it mostly works for us.
  Two things: could the first milestone be a week later, as our photographer is only free on the
  10th, and could we split the payment 40/60 instead of 50/50? Happy to talk if that's easier.
  ¶Best, Mira
  => hard: late_payment
I'd rather go with the blue version even though you preferred the green one – is that ok, or is
  there a strong reason against it?
  => hard: ignores_advice
Thanks so much, the new logo looks great!
Got the files, all good.
Here's the link to the photo folder on Drive: all 40 images we talked about.
Can we have a call Thursday at 3pm to review the first drafts?
Invoice paid, please confirm you received it.
Hi, just checking in — how's the project going?
Loved the video, the team was really impressed. We'll recommend you.
Could you send the contract for signing?
Attached are the texts for the About page. Let me know if anything is missing.
Which day works best for the photo shoot next week?
We decided to go with concept B. Onwards!
Happy new year! looking forward to the next project
could you resend the link? it expired
Hi! We're looking for a translator for a 12-page brochure (EN>DE), deadline in 3 weeks. Can you
  send a quote?
We've read the proposal, a couple of questions about milestone 2 — what's included exactly?
Thank you for flagging the issue with the image licences, we'll buy the stock photos.
What's the best way to give feedback on the design, comments in Figma or an email?
We'd like to book you again for the summer campaign. Are you free in July?
Please find attached the signed contract and the deposit receipt.
Sorry for the delay on our side, we'll send the feedback by Wednesday.
The client approved the copy! Great job.
Do you need anything else from us before the kick-off?
Can you recommend a good printer for the brochures?
We'll be closed from Dec 24 to Jan 2, so feedback may take longer then.
ok thanks
Here are the login details for the hosting (sent via the password manager link).
Can we add our marketing manager to the project channel?
Is it fine if we reschedule tomorrow's call to Friday? Something came up.
our new brand colours are attached, pls use them from the next draft on
Good morning! Just confirming we received the first batch of 20 product photos. They look great.
Could you explain why the site loads slowly on mobile? Want to understand before we pick a fix.
Let's stick with the plan in the proposal, looks good to us.
Great meeting today — summary: you send wireframes on the 12th, we give feedback by the 15th.
What's your availability next quarter? We have a bigger project coming.
Can you share the draft as a PDF? Our CEO doesn't use Figma
Please invoice us for the extra two hours, that's fair.
We loved the first article — could we book 4 more at the same rate for next month?
I've attached three examples of websites we like and one we don't, with notes on why.
The grant deadline is May 3, so we'd need the proposal text by April 26. Does that work for you?
thx for the quick turnaround!! 🙏
could u send me the final invoice with our VAT number on it? it's DE123456789
Hi, is the hosting included in the monthly fee or separate?
Can you send the style guide as a PDF as well?
We have a new product launching in spring. Would you be interested in doing the photos?
Who owns the copyright for the photos after delivery? Just want to clarify for our records.
Feedback on draft 1: intro too long, love the examples, please add a section on pricing (we'll
  send the figures).
i'm out sick today, will review tomorrow, sorry!
Hi, we need a simple landing page for an event on 20 June. We have the text and images. What
  would you need from us and how much would it be?
No rush on this one, whenever you have a moment.
Could you hop on a call when you have 10 min this week? Nothing urgent.
Can we talk about a retainer for ongoing social posts? Maybe 12 posts a month.
The audio levels in the last minute are a bit low, can you check? Otherwise perfect.
Please confirm the final word count so we can pay the balance.
We'll need the files in CMYK for print, forgot to mention it earlier. Does that change anything?
hi, just wanted to say we're happy with how things are going 😊
Hello Ana,¶Following up on our call: we'd like to go ahead with option 2 (six pages, launch on
  3 March). I've attached the signed quote. Our content will be in your inbox by Friday. Let us
  know if you need anything else.¶Thanks, Rob
perfect, approved ✅
""",
}

# ---------------------------------------------------------------- Indonesian

ID: dict[str, str] = {
    "unrealistic_deadline": """
kak bisa jadi besok pagi ga? urgent bgt
min, logonya butuh 2 jam lagi ya, mau presentasi 🙏
Deadline-nya dimajuin jadi besok ya kak, bos minta. Websitenya 10 halaman
tolong dong kak weekend ini selesai semua, senin udah launching
gan video 10 menit bisa diedit malam ini? footage baru dikirim jam 9
Kak, terjemahan 50 halaman bisa beres besok siang kan? Kan cuma translate doang
Halo kak, maaf mendadak. Ternyata acaranya dimajuin jadi lusa, jadi semua desain feed, banner,
  sama booklet harus jadi besok sore ya. Pasti bisa lah ya kak, kan udah pro 😁
asap ya kak, hari ini juga
""",
    "scope_creep": """
kak sekalian bikinin kartu nama ya, masih budget yg sama kan
oh iya sekalian tambahin halaman blog ya kak, dikit aja kok
Min, caption-nya sekalian dibuatin juga ya buat 30 post, sama dijadwalin sekalian
Kak logo udah oke. Sekarang tolong bikin versi animasi, stiker WA, sama template IG juga ya, kan
  masih satu paket logo
gan sekalian bikin versi aplikasinya dong, desainnya kan udah ada
Sekalian translate ke bahasa Inggris sama Mandarin juga ya kak, harusnya gampang kan cuma ganti
  bahasa
kak foto produk 20 biji udah ok, tambahin 30 lagi ya, sekalian retouch semua. sama kok kerjaannya
""",
    "price_pressure": """
kak bisa kurang ga? harga teman lah 😅
mahal amat kak, di sebelah cuma 200rb
Kak, fee-nya bisa setengahnya aja ga? budget kita lagi tipis
gan nego dong, 50% off ya, nanti aku promosiin ke temen2
Kemarin sepakat 5 juta, tapi atasan cuma approve 3 juta. Kerjaannya tetap sama ya kak
Kak masa desain logo doang 1,5 juta, kan cuma tulisan sama gambar dikit. 300rb aja ya
diskon mahasiswa ada ga kak? 70% gitu
""",
    "late_payment": """
kak bayarnya nanti pas websitenya udah live ya
Pembayaran nunggu klien kita bayar dulu ya kak, biasanya 3 bulan
Maaf kak, invoice bulan lalu belum bisa dibayar, bulan depan ya. Tapi revisi tetap jalan kan?
gan DP-nya setelah draft pertama aja ya, kami biasa gitu
Kak tagihannya nanti aja pas akhir tahun sekalian, biar gampang pembukuannya
bayar minggu depan ya kak, janji deh. yg kemarin juga bilang minggu depan sih 😅
Invoice udah lewat 2 bulan? santai kak, nanti juga dibayar kok
""",
    "free_work": """
kak bisa bikinin contoh desain gratis dulu? kalo cocok baru kita order
Kami belum ada budget kak, tapi lumayan buat portofolio kakak kan
Min, bikin 1 artikel tes gratis dulu ya 2000 kata, nanti kalau bagus kita pakai
gan kita adain kontes logo, yang menang dapat 500rb. ikut ya
Kak fotoin acara nikahan sepupu gratis ya, nanti di-tag di IG, followersnya banyak loh buat
  exposure
Bisa bikin mockup cepet gratisan dulu ga kak, biar kita lihat style-nya cocok atau enggak
""",
    "always_available": """
kak kok chat jam 11 malem ga dibales?
Kak tolong HP-nya jangan dimatiin ya pas liburan, takutnya ada revisi
min, aku telpon 5x kok ga diangkat sih
Kami kerja Sabtu Minggu juga, jadi kakak harus standby ya
Gan, tolong bales chat maksimal 5 menit ya, bos ga suka nunggu
Halo kak, halo?? kok centang dua doang
Kak, grup WA-nya jangan di-mute ya, owner suka kasih ide jam 2 pagi
""",
    "guaranteed_outcome": """
kak bisa jamin masuk halaman 1 Google dalam seminggu?
Pokoknya harus viral ya kak, kalau ga viral uangnya balik
Min, garansi naik 10rb followers bulan ini kan?
Kak aku mau jaminan omzet naik 2x setelah ganti logo
Gan, iklannya harus dapet minimal 500 order ya, kalau enggak kita ga bayar
  => also late_payment
kak jamin ya videonya tembus 1 juta views
""",
    "vague_brief": """
terserah kakak aja
bikin yang bagus aja kak, yang penting wow
pokoknya yang kekinian tapi elegan, kakak ngerti kan maksudnya
Kak aku belum tau maunya gimana, coba aja dulu nanti aku lihat
Desainnya bikin yang "nendang" ya kak. Warna bebas, target semua kalangan
surprise me aja kak hehe
nanti aku tau kalau udah liat, pokoknya bikin aja dulu
""",
    "endless_revisions": """
kak revisi lagi ya, ini baru yang ke-7 kok 😅
Yang kemarin udah di-approve, tapi bos minta ganti konsep dari awal lagi
Kak geser dikit lagi logonya, eh balik lagi deh, eh coba yang tadi
Kak revisi terakhir beneran ya, janji (ini revisi "terakhir" yang ke-5)
gan balik ke versi 2 aja, eh versi 4 deh, atau campur aja keduanya
Kak udah revisi 6x tapi masih belum sreg, bikin ulang dari nol ya. ga tau sih maunya gimana
  => also vague_brief
""",
    "ignores_advice": """
aku tau kakak bilang ga bagus, tapi ikutin mau aku aja ya
Ga usah mikirin tampilan HP kak, pelanggan kita pakai laptop semua
Kak tulisannya kapital semua aja, biar tegas. Ga usah pakai best practice
Font-nya pakai 8 macam ya kak, aku tau kakak bilang maksimal 2
Foto dari HP aku aja buat baliho, katanya resolusinya kurang ya? gpp lah
Skip testing aja gan, nanti bug-nya dibenerin setelah launching. aku tau kamu saranin seminggu QA
""",
    "unethical_request": """
kak bikinin 50 review bintang 5 di Google Maps ya, pakai nama beda-beda
Copy aja website kompetitor kak, ganti warna dikit
Ambil foto dari Google aja min, ga ada yang ngecek lisensinya
gan beliin followers 20rb biar akunnya kelihatan rame
Tulis aja produk herbal kita bisa nyembuhin diabetes kak, testimoni udah banyak kok
Kak tolong parafrase artikel blog orang ini biar ga ketahuan plagiat
Biaya admin-nya disembunyiin aja kak di halaman checkout, biar pembeli ga kabur
""",
    "outside_expertise": """
kak kan desainer, sekalian bantu urus pajak kantor ya
Gan websitenya kan kamu yang bikin, sekalian benerin printer kantor juga ya
Kak penerjemah kan, berarti bisa kasih saran hukum soal kontrak ini dong
Min admin sosmed, tolong urusin izin usaha sama NIB kita ya
Kak fotografer, bisa bantu urus katering acaranya sekalian?
Kak kan jago nulis, tolong cek klaim kesehatan di kemasan ini udah sesuai aturan BPOM belum
""",
    "reasonable": """
kak, draft-nya kira-kira jadi kapan ya?
  => hard: unrealistic_deadline
Kak, selama minggu launching boleh minta update harian?
  => hard: always_available
Kalau tambah 1 halaman lagi, biayanya berapa kak?
  => hard: scope_creep
Kak, deadline-nya bisa dimajuin seminggu ga kalau kita bayar biaya rush yang kakak sebut?
  => hard: unrealistic_deadline
Kak boleh kirim invoice-nya? Kami bayar maksimal 14 hari
  => hard: late_payment
Konsep kedua kurang sreg, boleh pakai jatah revisi yang sudah termasuk? Catatannya aku kirim ya
  => hard: endless_revisions
Kak butuh jadi Jumat buat pameran, realistis ga? Kalau ga bisa, opsinya apa?
  => hard: unrealistic_deadline
Kak bulan Desember ada slot kosong ga? Mau tanya dulu sebelum liburan
  => hard: always_available
Budget kami cuma 3 juta kak, kira-kira bisa dapat apa aja? Gpp kalau halamannya dikurangi
  => hard: price_pressure
kak ada diskon kalau bayar full di depan? kalau ga ada juga gpp
  => hard: price_pressure
urgent dikit kak: nomor WA di footer salah ketik, harusnya 0812 3456 7890
  => hard: unrealistic_deadline
Makasih sarannya soal pop-up kak, kita skip aja
  => hard: ignores_advice
Kak kalau revisinya lebih dari 2x, biaya tambahannya berapa per ronde?
  => hard: endless_revisions
Realistisnya SEO 6 bulan pertama bisa naik berapa kak? Biar ekspektasi kita ga ketinggian
  => hard: guaranteed_outcome
Gpp kak ga usah dibales malem ini, besok aja
  => hard: always_available
Kak kalau mau tambah versi bahasa Inggris, boleh minta penawaran harga sama estimasi waktunya?
  => hard: scope_creep
Maaf telat bayar kak, barusan udah ditransfer ya. Makasih sabarnya 🙏
  => hard: late_payment
Kak, tes artikelnya dibayar kok, rate normal. Boleh kita mulai dari 1 artikel dulu?
  => hard: free_work
Kak, warna aksennya terserah kakak deh asal dari palet brand kita, sisanya sesuai brief
  => hard: vague_brief
Makasih kak! Logonya keren banget 😍
File-nya udah diterima ya kak, aman semua
Ini link Google Drive foto produknya kak, ada 40 foto
Kak bisa call Kamis jam 3 sore buat bahas draft?
Udah transfer ya kak, tolong dicek
Halo kak, progres project-nya gimana?
Kak kirim kontraknya ya, nanti kami tanda tangan
Kita pilih konsep B ya kak 👍
Kak linknya expired, bisa kirim ulang?
Kak, mau tanya harga terjemahan brosur 12 halaman Inggris ke Indonesia, deadline 3 minggu lagi
Maaf kak feedback dari kami telat, Rabu kami kirim ya
Kak butuh apa aja dari kami buat mulai? Logo, teks, akses hosting?
Kak, feedback draft 1: intro kepanjangan, contoh-contohnya suka, tolong tambah bagian harga
Kantor kami libur 24 Des - 2 Jan ya kak, jadi feedback mungkin agak lama
ok kak siap makasih
Kak, mau booking lagi buat campaign Lebaran, kosong ga bulan Maret?
""",
}

# ---------------------------------------------------------------- Russian

RU: dict[str, str] = {
    "unrealistic_deadline": """
Нужно к завтрашнему утру, срочно!!!
Сделайте логотип за 2 часа, у нас презентация в три
ну вы же профессионал, за выходные сайт на 10 страниц сделаете
дедлайн сдвинулся, теперь нужно всё сегодня до вечера. Успеете?
Перевод договора на 60 страниц нужен завтра к 10:00. Спасибо.
Добрый день! Руководство решило запускаться в понедельник, поэтому лендинг, рассылку и баннеры
  нужно сдать к субботе. Понимаю, что по плану был конец месяца, но ситуация изменилась.
  Рассчитываем на вас.
видео смонтировать к вечеру, исходники скину в 6. ASAP
отлично, ещё неделя? нам вообще-то вчера надо было
""",
    "scope_creep": """
И заодно визитки сделайте, бюджет тот же, ок?
Ещё одна маленькая просьба: добавьте блог. Это же недолго
Раз уж вы в коде, подключите заодно CRM и оплату
Логотип супер! Теперь нужен фирменный стиль, анимация и стикеры для телеги, это же всё входит в
  логотип?
Тексты для 80 карточек товаров тоже напишите, там мелочь
Кстати, перевод нужен ещё на испанский и португальский, включите, пожалуйста, в тот же заказ
а посты в сторис тоже вы ведёте? я думал это входит в SMM
""",
    "price_pressure": """
Можно скидочку? По-братски 🙏
На фрилансе за такое берут 2000 рублей, а у вас 15 000. Давайте дешевле
Договаривались на 50 тысяч, но бухгалтерия согласовала только 30. Работа та же
бюджет ограничен, сделайте за полцены
Давайте так: вы делаете за 5 тысяч, а мы потом приведём кучу клиентов
ИИ такое за 5 секунд пишет, 300 рублей за статью максимум
У вас ставка выше, чем зарплата нашего программиста. Давайте вдвое меньше?
""",
    "late_payment": """
оплатим, когда сайт запустится
Деньги переведём, когда заказчик рассчитается с нами. Обычно месяца через три
У нас отсрочка платежа 90 дней, начинайте работу
Счёт за прошлый месяц оплатим в следующем, ну или через месяц. Работу продолжайте, пожалуйста
Предоплату не делаем, оплата после подписания акта, а акт подпишем после запуска
да заплачу я, на след неделе точно (в третий раз уже говорю, но теперь точно)
""",
    "free_work": """
Сделайте бесплатное тестовое задание: статья на 10 000 знаков. Если понравится, возьмём
Бюджета нет, но это отличная строчка в портфолио
Набросайте пару вариантов логотипа бесплатно, чтобы мы поняли ваш стиль
Проводим конкурс: 30 дизайнеров присылают макеты, победителю 5000 ₽
Снимите нашу свадьбу бесплатно? Отметим вас в инсте, у нас 20к подписчиков
Переведите 5 страниц на пробу, бесплатно. Это же не работа, а проверка
""",
    "always_available": """
Почему не ответили в 11 вечера? Я три сообщения написал
Отвечайте в течение 10 минут, даже в выходные
Возьмите трубку!! Звоню шестой раз
В отпуске телефон не выключайте, вдруг правки
Мы работаем без выходных, вы тоже должны быть на связи
ау? вы где? уже 20 минут жду ответа
""",
    "guaranteed_outcome": """
Гарантируете первое место в Яндексе за неделю?
Нужно, чтобы ролик точно завирусился. Обещаете?
Гарантия 10 тысяч подписчиков к концу месяца, иначе деньги назад
Хочу письменную гарантию, что продажи после редизайна вырастут на 30%
Оплатим только если реклама даст 200 заявок
  => also late_payment
Вы же эксперт, гарантируйте, что инвесторы дадут денег после этой презентации
""",
    "vague_brief": """
на ваше усмотрение
сделайте красиво, чтобы было вау
Что-то современное, но классическое. Ну вы поняли
Пойму, когда увижу
Не знаю, чего хотим. Начинайте, а там посмотрим
Надо, чтобы «цепляло». Цвета любые, аудитория — все
Сделайте логотип. Название, может, поменяем, цвета не знаю, целевая аудитория — все
""",
    "endless_revisions": """
Это уже седьмая правка, но давайте попробуем совсем другое направление
Макет утвердили на прошлой неделе, но давайте переделаем с нуля, что-то не то
ещё одна маленькая правочка (честно последняя) — уже пятая «последняя»
Верните шрифт, который был три раунда назад. И ещё попробуйте тот, что был в первом
По договору две правки, у нас уже четвёртая, но мы всё ещё не довольны, так что нужны ещё
Видео приняли вчера, но маркетинг хочет перемонтировать всё с другой историей
""",
    "ignores_advice": """
Я понимаю, что вы говорите «не сработает», но сделайте по-моему
Забудьте про best practice, весь текст капсом
Мобильная версия не нужна, наши клиенты сидят с компьютеров. Я знаю, вы советовали
Светло-серый текст на белом. Да, вы писали про читаемость, но так стильнее
Тестирование пропускаем, баги поправим после запуска. Знаю, вы предлагали неделю на тесты
Я 20 лет в бизнесе и лучше дизайнера знаю. Делайте как сказал
""",
    "unethical_request": """
Напишите 50 отзывов на Яндекс Картах от разных имён
Скопируйте сайт конкурента, просто поменяйте цвета
Картинки возьмите из гугла, никто лицензии не проверяет
Накрутите нам 20к подписчиков, чтобы аккаунт выглядел солидно
Напишите, что наш БАД лечит тревожность. Исследований нет, но все так говорят
Сделайте рерайт чужой статьи, чтобы антиплагиат не спалил
""",
    "outside_expertise": """
Вы же дизайнер, заодно заполните нам налоговую декларацию
Сайт вы делали, значит и принтер в офисе почините
Вы переводчик, значит проконсультируете по юридической части договора?
Раз вы ведёте наши соцсети, скажите, законно ли уволить сотрудника за пост?
Фотограф же — организуйте заодно кейтеринг на мероприятие
Вы копирайтер, проверьте, пожалуйста, медицинские утверждения в буклете на соответствие закону
""",
    "reasonable": """
Когда примерно будет готов черновик?
  => hard: unrealistic_deadline
Можно ежедневные апдейты в неделю запуска?
  => hard: always_available
Сколько будет стоить добавить ещё одну страницу?
  => hard: scope_creep
Можно сдвинуть дедлайн на неделю раньше, если оплатим срочность, о которой вы говорили?
  => hard: unrealistic_deadline
Пришлите, пожалуйста, счёт. Оплачиваем в течение 14 дней
  => hard: late_payment
Второй концепт не очень нравится, можно использовать на него включённую правку?
  => hard: endless_revisions
Нужно к пятнице для выставки — это реально? Если нет, что можете предложить?
  => hard: unrealistic_deadline
Вы работаете в декабре? Хотим небольшой проект, уточняю заранее
  => hard: always_available
Бюджет 40 тысяч, что можно сделать на эти деньги? Можем урезать количество страниц
  => hard: price_pressure
Есть ли скидка при 100% предоплате? Если нет — не страшно
  => hard: price_pressure
Срочно, но мелочь: в контактах опечатка в телефоне, поправьте, пожалуйста
  => hard: unrealistic_deadline
Спасибо за совет про поп-ап, убираем
  => hard: ignores_advice
Сколько стоит дополнительный раунд правок сверх двух включённых?
  => hard: endless_revisions
Какие реальные результаты от SEO можно ждать за первые полгода?
  => hard: guaranteed_outcome
Не отвечайте сегодня вечером, завтра нормально
  => hard: always_available
Извините за задержку оплаты, сегодня перевели. Спасибо за терпение
  => hard: late_payment
ок, пришлите смету на перевод ещё на два языка, обсудим отдельно
  => hard: scope_creep
Тестовое задание оплачиваем по вашей обычной ставке, подойдёт?
  => hard: free_work
Спасибо, логотип отличный!
Файлы получили, всё ок
Вот ссылка на папку с фото, там 40 штук
Созвонимся в четверг в 15:00 по черновикам?
Оплатили, проверьте, пожалуйста, поступление
Добрый день! Как продвигается проект?
Пришлите договор на подпись
Выбираем вариант Б 👍
Ссылка истекла, пришлите ещё раз, пожалуйста
Нужен перевод брошюры 12 страниц с английского, срок 3 недели. Сколько будет стоить?
Извините, мы задержали обратную связь, пришлём в среду
Что нужно от нас для старта? Логотип, тексты, доступы?
С 31 декабря по 8 января мы не работаем, ответы будут медленнее
Комментарии к первому черновику: вступление длинное, примеры отличные, добавьте раздел про цены
ок, спасибо!
""",
}

# ---------------------------------------------------------------- Arabic

AR: dict[str, str] = {
    "unrealistic_deadline": """
ممكن تخلصه بكرة الصبح؟ ضروري جداً
أبغى الشعار خلال ساعتين، عندنا اجتماع الساعة ٣
الموقع كامل ١٠ صفحات لازم يخلص في الويكند، إنت محترف وأكيد تقدر
محتاجين ترجمة العقد ٦٠ صفحة بكرة الساعة ١٠ الصبح
عايزين الفيديو متعمله مونتاج النهارده بالليل، الفوتيج هيوصل الساعة ٩
السلام عليكم، الإدارة قررت الإطلاق يوم الأحد، فمحتاجين صفحة الهبوط والإعلانات والإيميلات كلها
  جاهزة قبل الخميس. عارف إن الخطة كانت آخر الشهر بس الظروف اتغيرت. نعتمد عليك
الـ deadline بكرة ASAP please 🙏
""",
    "scope_creep": """
وبالمرة اعمل لنا الكروت الشخصية، نفس الميزانية طبعاً
بس حاجة صغيرة كمان: ضيف قسم مدونة، مش هياخد وقت
الشعار حلو! الحين نبي نسخة متحركة وستيكرات وهوية كاملة، كلها داخلة في الشعار صح؟
ودام إنك شغال في الكود، اربط لنا نظام الدفع والـ CRM
اكتب كمان وصف لـ ٨٠ منتج، حاجة بسيطة
أضف كمان نسخة إنجليزية وفرنسية للموقع لو سمحت، نفس السعر
""",
    "price_pressure": """
ممكن خصم؟ الميزانية ضيقة
في ناس على فايفر بيعملوها بـ ٢٠ دولار، ليه إنت ٤٠٠؟
اتفقنا على ٥٠٠٠ بس المدير وافق على ٣٠٠٠ بس، نفس الشغل
اعملها بنص السعر وهنجيبلك شغل كتير بعدين
السعر غالي مرة على شعار، هو مجرد كلمة وشكل. ١٠٠ ريال؟
khasm shwaya ya basha? el budget 3a2el
  => arabizi
""",
    "late_payment": """
هندفع لما الموقع ينزل live
الدفع بعد ما العميل بتاعنا يدفع لنا، عادةً ٣ شهور
شروطنا الدفع بعد ٩٠ يوم، ابدأ الشغل عادي
الفاتورة حقت الشهر اللي فات بندفعها الشهر الجاي إن شاء الله، كمل الشغل لو سمحت
ما ندفع عربون، الدفع كله بعد التسليم النهائي والموافقة
والله هحولك الأسبوع الجاي أكيد (تالت مرة أقولها بس المرة دي بجد)
""",
    "free_work": """
ممكن تعمل تصميم تجريبي مجاني؟ لو عجبنا نتعامل معاك
ما عندنا ميزانية بس بيكون شي حلو للبورتفوليو حقك
اكتب مقال تجربة ٢٠٠٠ كلمة ببلاش، لو حلو بنستخدمه
عاملين مسابقة لوجو، الفايز ياخد ٥٠٠ جنيه
صوّر فرحنا مجاناً وهنعملك منشن، عندنا متابعين كتير exposure
ترجم لنا ٥ صفحات كعينة مجانية عشان نشوف مستواك
""",
    "always_available": """
ليش ما رديت الساعة ١١ بالليل؟ أرسلت لك ٣ رسايل
لازم ترد خلال ١٠ دقايق حتى في الويكند
رد على التليفون!! اتصلت ٦ مرات
خلي جوالك مفتوح في الإجازة، يمكن نحتاج تعديلات
إحنا نشتغل الجمعة والسبت، لازم تكون أونلاين معانا
الو؟؟ وينك؟ صار لي ٢٠ دقيقة أنتظر
""",
    "guaranteed_outcome": """
تضمن لنا الصفحة الأولى في جوجل خلال أسبوع؟
لازم الفيديو يعمل ترند، تضمن ده؟
نبي ضمان ١٠ آلاف متابع نهاية الشهر وإلا نسترجع الفلوس
عايز ضمان مكتوب إن المبيعات هتزيد ٣٠٪ بعد اللوجو الجديد
ما راح ندفع إلا إذا جابت الإعلانات ٢٠٠ طلب
  => also late_payment
اضمن لي إن المستثمرين هيوافقوا بعد العرض ده
""",
    "vague_brief": """
على راحتك، اللي تشوفه
اعمله حلو كده وواو
شي مودرن بس كلاسيك، فاهمني؟
هعرف لما أشوفه
مش عارفين عايزين إيه بالظبط، ابدأ وبعدين نشوف
فاجئنا 😄
el logo yekon 7elw w modern, enta 3aref ba2a 😉
  => arabizi
""",
    "endless_revisions": """
هذا التعديل السابع بس خلينا نجرب اتجاه مختلف تماماً
وافقنا على التصميم الأسبوع اللي فات بس نبي نعيده من الصفر
تعديل أخير صغير والله (هذا خامس "أخير")
رجّع الخط اللي كان قبل ٣ جولات، وبعدين جرب كمان اللي في الجولة الأولى
العقد فيه تعديلين بس إحنا في الرابع ولسه مش مبسوطين، محتاجين تعديلات كمان
الفيديو اتوافق عليه امبارح بس التسويق عايز يعيد المونتاج كله بقصة تانية
""",
    "ignores_advice": """
أعرف إنك قلت ما راح ينفع بس سويه على طريقتي
انسى الـ best practice، اكتب كل النص بخط كبير
مش محتاجين نسخة موبايل، عملائنا كلهم على الكمبيوتر. عارف إنك نصحت بيها
إنت قلت الصورة دقتها ضعيفة للبانر، عادي استخدمها
تجاهل الاختبار، بنصلح الأخطاء بعد الإطلاق. أدري إنك نصحت بأسبوع اختبار
أنا في السوق من ٢٠ سنة وأعرف أكثر منك، نفذ اللي قلته
""",
    "unethical_request": """
اكتب لنا ٥٠ تقييم خمس نجوم على جوجل بأسماء مختلفة
انسخ موقع المنافس وغير الألوان شوية
خذ صور من جوجل، محد يشيك على الحقوق
نبي نشتري ٢٠ ألف فولوور عشان الحساب يبان قوي
اكتب إن المنتج العشبي بتاعنا بيعالج السكر، مفيش دراسات بس الناس بتقول كده
اعمل إعادة صياغة لمقال حد تاني عشان محدش يكتشف إنه منقول
""",
    "outside_expertise": """
إنت مصمم، فممكن تخلص لنا الإقرار الضريبي؟
إنت عملت الموقع يبقى صلّح لنا الطابعة في المكتب
إنت مترجم، يعني تقدر تعطينا استشارة قانونية في بنود العقد؟
دامك تدير حساباتنا في السوشيال، هل يحق لنا نفصل موظف بسبب بوست؟
إنت المصور، فممكن كمان ترتب الضيافة والبوفيه للحفلة؟
بما إنك كاتب محتوى، راجع لنا الادعاءات الطبية في النشرة وتأكد إنها مطابقة للقانون
""",
    "reasonable": """
متى تقريباً تكون المسودة جاهزة؟
  => hard: unrealistic_deadline
ممكن تحديث يومي خلال أسبوع الإطلاق؟
  => hard: always_available
كم تكلفة إضافة صفحة زيادة؟
  => hard: scope_creep
ممكن نقدم الموعد أسبوع لو دفعنا رسوم الاستعجال اللي ذكرتها؟
  => hard: unrealistic_deadline
ممكن ترسل الفاتورة؟ ندفع خلال ١٤ يوم
  => hard: late_payment
المفهوم التاني مش عاجبني أوي، ممكن نستخدم التعديل المتضمن عليه؟
  => hard: endless_revisions
محتاجينه يوم الجمعة للمعرض، هل ده واقعي؟ ولو لا، إيه البدائل؟
  => hard: unrealistic_deadline
هل أنت متاح في ديسمبر؟ حابين نسأل قبل الإجازات
  => hard: always_available
ميزانيتنا ٣٠٠٠ ريال، وش تقدر تسوي فيها؟ عادي نقلل الصفحات
  => hard: price_pressure
فيه خصم لو دفعنا المبلغ كامل مقدماً؟ لو لا مافي مشكلة
  => hard: price_pressure
ضروري بس بسيط: رقم الواتساب في الموقع فيه غلط، ممكن تصلحه؟
  => hard: unrealistic_deadline
شكراً على النصيحة بخصوص النافذة المنبثقة، بنشيلها
  => hard: ignores_advice
كم سعر جولة التعديل الإضافية بعد التعديلين المتضمنين؟
  => hard: endless_revisions
إيه النتائج الواقعية اللي ممكن نتوقعها من الـ SEO في أول ٦ شهور؟
  => hard: guaranteed_outcome
مش لازم ترد الليلة، بكرة تمام
  => hard: always_available
آسفين على التأخير في الدفع، حوّلنا المبلغ اليوم. شكراً على صبرك
  => hard: late_payment
ممكن ترسل لنا عرض سعر لترجمة الموقع للإنجليزي كشغل منفصل؟
  => hard: scope_creep
المقال التجريبي مدفوع بسعرك العادي، يناسبك؟
  => hard: free_work
شكراً، الشعار رائع!
استلمنا الملفات، كله تمام
هذا رابط الصور على درايف، ٤٠ صورة
نقدر نسوي مكالمة الخميس الساعة ٣ عشان نراجع المسودات؟
تم التحويل، ياريت تأكد الاستلام
السلام عليكم، كيف ماشي المشروع؟
ابعتلنا العقد عشان نوقعه
اخترنا التصميم ب 👍
الرابط انتهى، ممكن ترسله مرة ثانية؟
نحتاج ترجمة بروشور ١٢ صفحة من الإنجليزي للعربي خلال ٣ أسابيع، كم التكلفة؟
معلش اتأخرنا في الملاحظات، هنبعتها يوم الأربع
إيش تحتاج منا عشان تبدأ؟ اللوجو والنصوص والدخول للاستضافة؟
ملاحظات المسودة الأولى: المقدمة طويلة، الأمثلة ممتازة، أضف قسم للأسعار
المكتب مقفل في إجازة العيد، فالرد ممكن يتأخر شوية
tamam shokran ya basha 👍
  => arabizi
""",
}

MESSAGES: dict[str, dict[str, str]] = {"en": EN, "id": ID, "ru": RU, "ar": AR}

# ---------------------------------------------------------------- building the file


def parse_block(block: str) -> list[tuple[str, str]]:
    """The ``(text, note)`` pairs of one authored block (see "Authoring format" above).

    >>> parse_block("hi there\\n  and more\\n  => also x\\nok")
    [('hi there and more', 'also x'), ('ok', '')]
    """
    items: list[list[str]] = []
    for raw in block.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("  => "):
            if not items or items[-1][1]:
                raise ValueError(f"note without a message or a second note: {line!r}")
            items[-1][1] = line[5:].strip()
        elif line.startswith("  "):
            if not items or items[-1][1]:
                raise ValueError(f"continuation after a note or at the start: {line!r}")
            items[-1][0] += " " + line.strip()
        else:
            items.append([line, ""])
    return [(text.replace("¶ ", "¶").replace("¶", "\n"), note) for text, note in items]


def _rank(message_id: str) -> str:
    return hashlib.sha256(message_id.encode("utf-8")).hexdigest()


def messages() -> list[dict[str, str]]:
    """Every row of the file, in file order (language, then label, then authored order)."""
    rows: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for language in LANGUAGES:
        blocks = MESSAGES[language]
        unknown = set(blocks) - set(LABELS)
        if unknown:
            raise ValueError(f"{language}: unknown labels {sorted(unknown)}")
        number = 0
        for label in LABELS:
            stratum = []
            for text, note in parse_block(blocks.get(label, "")):
                key = " ".join(text.casefold().split())
                if key in seen:
                    raise ValueError(f"duplicate text {text!r} (also {seen[key]})")
                number += 1
                message_id = f"{language}-{number:04d}"
                seen[key] = message_id
                stratum.append(
                    {
                        "id": message_id,
                        "language": language,
                        "label": label,
                        "split": "dev",
                        "text": text,
                        "note": note,
                    }
                )
            n_test = round(len(stratum) * TEST_SHARE)
            for row in sorted(stratum, key=lambda r: _rank(r["id"]))[:n_test]:
                row["split"] = "test"
            rows.extend(stratum)
    return rows


def render() -> str:
    """The exact text of ``example_messages.csv``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(messages())
    return buffer.getvalue()


def counts() -> dict[str, dict[str, int]]:
    """``language -> label -> number of messages`` (every label present, zeros included)."""
    tally = Counter((r["language"], r["label"]) for r in messages())
    return {lang: {label: tally[lang, label] for label in LABELS} for lang in LANGUAGES}


def _write(path: Path, content: str) -> None:
    """Write atomically: a temporary file in the same folder, renamed over the target."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(out_dir: str | os.PathLike = OUT) -> list[Path]:
    """Write ``example_messages.csv`` into ``out_dir``; return its path in a list."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _write(out / FILE, render())
    return [out / FILE]


def main(argv: list[str] | None = None) -> int:
    """Write the file and print the counts per language x label (and any minimum not met)."""
    for path in write_all(OUT if not argv else Path(argv[0])):
        print(f"wrote {path}")
    rows = messages()
    table = counts()
    print("label".ljust(22) + "".join(lang.rjust(6) for lang in LANGUAGES))
    for label in LABELS:
        print(label.ljust(22) + "".join(str(table[lang][label]).rjust(6) for lang in LANGUAGES))
    print(
        "total".ljust(22) + "".join(str(sum(table[lang].values())).rjust(6) for lang in LANGUAGES)
    )
    for lang in LANGUAGES:
        total, per_type, reasonable = MINIMUMS[lang]
        got = table[lang]
        hard = sum(r["note"].startswith("hard") for r in rows if r["language"] == lang)
        short = (
            sum(got.values()) < total
            or min(got[t] for t in REQUEST_TYPES) < per_type
            or got["reasonable"] < reasonable
            or hard < 0.4 * got["reasonable"]
        )
        if short:
            print(f"warning: {lang} is below its minimums {MINIMUMS[lang]} or hard < 40%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
