# ruff: noqa: E501  (example messages: data, not code)
"""A cold evaluation set: messages written fresh, never used to train or tune (helper D2).

Written before looking at the failures, as clients write: typos, sarcasm, indirect asks,
long e-mails with the request buried in the middle, forwarded threads, polite
unreasonable requests, mixed language; a third are reasonable, several of them hard
(urgent-sounding but fine, price questions, approvals with normal terms). It is NOT part of
:data:`.examples.EXAMPLES` (the naive Bayes training set) and patterns must not be copied
from it: it estimates how the classifier does on phrasing it has not seen.
``tests/test_replies_classify.py`` reports per-language metrics on it with floors.

Each entry: ``(language, label, text)``.
"""

from __future__ import annotations

COLD: tuple[tuple[str, str, str], ...] = (
    # ---------------------------------------------------------------- English
    # unrealistic_deadline
    (
        "en",
        "unrealistic_deadline",
        "Hey, board meeting got moved so we need the full deck finalised by 9am. I know its late notice, sorry!!",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Hi Sam,\n\nHope your weekend was good. Quick update from our side: the investors loved the prototype and the marketing team is already planning the announcement. Because of that we'd need the whole mobile app live on both stores by Friday. Let me know if anything is unclear.\n\nBest,\nKaren",
    ),
    (
        "en",
        "unrealistic_deadline",
        "turnaround of 24h is what we need on all 30 product videos, that's how our last vendor worked",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Can you get this to me first thing tmrw? Client presenting at 8.",
    ),
    (
        "en",
        "unrealistic_deadline",
        "we're going to need this wrapped up by close of play today, sorry for the short notice",
    ),
    (
        "en",
        "unrealistic_deadline",
        "I don't understand why a simple landing page needs three weeks. Two days max, surely?",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Need the translation of the 80 page manual back by COB tomorrow pls",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Could you bump us to the front of the queue? we need the redesign in before the long weekend which starts thursday",
    ),
    # scope_creep
    (
        "en",
        "scope_creep",
        "Love the logo!! While we're at it could you knock up business cards, letterhead and a couple of social banners? Assume that's all part of the package",
    ),
    (
        "en",
        "scope_creep",
        "Just noticed the quote only covers the homepage. I assumed the other 6 pages were included, that's what a website is no?",
    ),
    (
        "en",
        "scope_creep",
        "One more small thing - can we add a members area with logins and payments? Shouldn't change the price much I hope",
    ),
    (
        "en",
        "scope_creep",
        "Hi all, following up on yesterday's call. Overall we're happy with progress. Marketing has asked whether the app could also have an Android version and an admin dashboard, we think this fits in the current budget since it's basically the same code. Thanks again for the great work so far.",
    ),
    (
        "en",
        "scope_creep",
        "also pls translate the whole site into spanish and french, it's just copy paste right",
    ),
    (
        "en",
        "scope_creep",
        "The brief said one video but we'd like three cut-downs for insta, tiktok and youtube as well. Same fee ok?",
    ),
    (
        "en",
        "scope_creep",
        "Since you're already in the code could you throw in a blog and a newsletter signup? no extra charge i assume",
    ),
    # price_pressure
    (
        "en",
        "price_pressure",
        "Is that really your best price? We were hoping for something closer to half that.",
    ),
    (
        "en",
        "price_pressure",
        "Our budget is $800 for the whole thing, your quote of 3,200 is way out of line. Can you work with that?",
    ),
    ("en", "price_pressure", "Can we get a better rate if we promise you more work later on?"),
    (
        "en",
        "price_pressure",
        "Hi, thanks for the proposal. The team reviewed it and honestly it's too expensive for us. Another studio quoted 40% less. If you can match them we can sign today.",
    ),
    ("en", "price_pressure", "$45/hr?? my nephew charges 15"),
    (
        "en",
        "price_pressure",
        "could you knock a bit off the total? times are tough for small businesses",
    ),
    (
        "en",
        "price_pressure",
        "We'd like a discount of 30% since we're a startup and will give you a great testimonial",
    ),
    # late_payment
    (
        "en",
        "late_payment",
        "Our standard terms are net 90, accounts will process your invoice then.",
    ),
    ("en", "late_payment", "We'll pay you once our client pays us, should be a couple of months."),
    (
        "en",
        "late_payment",
        "Sorry, the invoice will only be processed next quarter due to budget freeze. Please keep working in the meantime.",
    ),
    (
        "en",
        "late_payment",
        "Hi, the deposit will be a bit late again this month, cash flow is tight. Can you start anyway?",
    ),
    (
        "en",
        "late_payment",
        "We'll settle everything at the end of the project rather than in milestones, hope that's fine",
    ),
    (
        "en",
        "late_payment",
        "Not sure why you're chasing the invoice, it's only been 10 weeks. We pay when we pay.",
    ),
    (
        "en",
        "late_payment",
        "can we do half now and the rest in like 6 months? we're a bit stretched",
    ),
    # free_work
    (
        "en",
        "free_work",
        "Before we commit could you do a small test project? Unpaid of course but it'll show us your style.",
    ),
    (
        "en",
        "free_work",
        "We can't pay at the moment but this will be great exposure, our account has 50k followers.",
    ),
    (
        "en",
        "free_work",
        "Would you be up for doing the first logo for free? if we like it there'll be loads of paid work",
    ),
    (
        "en",
        "free_work",
        "We're running an unpaid trial for all applicants: design three landing page concepts by next week.",
    ),
    (
        "en",
        "free_work",
        "Hi, we are a charity so we were hoping you'd donate your time for the new site",
    ),
    (
        "en",
        "free_work",
        "Can you send over a few sample mockups for our actual brand so we can decide? We don't pay for samples.",
    ),
    (
        "en",
        "free_work",
        "Let's do it on a revenue share basis, no fee upfront, you'll earn way more once the app takes off",
    ),
    # always_available
    (
        "en",
        "always_available",
        "I expect replies within the hour during business hours and evenings too.",
    ),
    (
        "en",
        "always_available",
        "Please pick up when I call, I hate leaving voicemails. Tried you 4 times today.",
    ),
    (
        "en",
        "always_available",
        "We'll need you on call over the weekend in case the CEO has comments",
    ),
    (
        "en",
        "always_available",
        "why didn't you answer my whatsapp at 11pm last night? this is a priority client",
    ),
    (
        "en",
        "always_available",
        "Please keep your phone on during the launch week, including nights. We might need quick fixes at any hour.",
    ),
    (
        "en",
        "always_available",
        "Going forward I'd like you to join our daily 7am standup and be on slack all day",
    ),
    (
        "en",
        "always_available",
        "It took you 5 hours to reply yesterday, that's not acceptable for us",
    ),
    # guaranteed_outcome
    (
        "en",
        "guaranteed_outcome",
        "Can you guarantee we'll double our sales within 3 months of the new site?",
    ),
    ("en", "guaranteed_outcome", "We only pay if we reach page one on google for 'plumber london'"),
    (
        "en",
        "guaranteed_outcome",
        "I need a written promise that the campaign will bring at least 500 leads",
    ),
    (
        "en",
        "guaranteed_outcome",
        "You promise the video will go viral, right? Otherwise what are we paying for",
    ),
    (
        "en",
        "guaranteed_outcome",
        "please confirm the app will be approved by apple first time, no rejections",
    ),
    ("en", "guaranteed_outcome", "We want a guaranteed ROI of 3x on the ad spend before signing."),
    # vague_brief
    ("en", "vague_brief", "just make it look good, you're the expert"),
    (
        "en",
        "vague_brief",
        "I'll know it when I see it. Something modern but classic, fun but serious?",
    ),
    (
        "en",
        "vague_brief",
        "Not sure what we want yet, just start designing and we'll see where it goes",
    ),
    ("en", "vague_brief", "Make it pop. More wow. You know what I mean"),
    (
        "en",
        "vague_brief",
        "Hi! We need a website. Can't really describe it, just something that feels like us. Go for it!",
    ),
    ("en", "vague_brief", "Honestly I don't have a brief, surprise me"),
    (
        "en",
        "vague_brief",
        "Can you do something creative for our anniversary? no specifics, do whatever you think",
    ),
    # endless_revisions
    (
        "en",
        "endless_revisions",
        "ok one last tweak I promise (I know I said that for round 7 lol) - can we try the blue again?",
    ),
    (
        "en",
        "endless_revisions",
        "After looking at v12 the team feels we should start over from scratch. Fresh eyes!",
    ),
    (
        "en",
        "endless_revisions",
        "Can we go back to the second draft but with the colours of the fifth, and then show me a few more options?",
    ),
    (
        "en",
        "endless_revisions",
        "My partner had a look and wants to change everything again, sorry! Another round pls",
    ),
    (
        "en",
        "endless_revisions",
        "Can you keep making versions until we're 100% happy? we don't want to be limited to 2 rounds",
    ),
    (
        "en",
        "endless_revisions",
        "Hmm, still not quite right. Let's do another 5 or 6 variations and I'll show the committee",
    ),
    (
        "en",
        "endless_revisions",
        "Hi Tom, thanks for the update. I showed the latest version around the office. Unfortunately people had mixed feelings, so could you redo the layout yet again, maybe a few alternatives this time? We know this is the ninth revision but we want it perfect.",
    ),
    # ignores_advice
    (
        "en",
        "ignores_advice",
        "I know you advised against it but please use comic sans for the whole site.",
    ),
    (
        "en",
        "ignores_advice",
        "Thanks for the explanation about accessibility but we'll keep the light grey text on white anyway.",
    ),
    ("en", "ignores_advice", "I hear what you're saying about mobile but just do it my way please"),
    (
        "en",
        "ignores_advice",
        "We're going with autoplay music on the homepage, I don't care what the best practice says",
    ),
    (
        "en",
        "ignores_advice",
        "Ignore the SEO stuff you mentioned, my brother-in-law says keywords don't matter",
    ),
    (
        "en",
        "ignores_advice",
        "Yes yes you said the database won't scale. Do it anyway, we'll deal with it later",
    ),
    # unethical_request
    (
        "en",
        "unethical_request",
        "Could you copy this competitor's site exactly, pixel for pixel? Just swap our logo in.",
    ),
    (
        "en",
        "unethical_request",
        "Can you buy us 10k followers so the account looks established before launch?",
    ),
    (
        "en",
        "unethical_request",
        "We need 40 five-star reviews written for our google listing, different names each",
    ),
    (
        "en",
        "unethical_request",
        "Just grab the photos off Getty and remove the watermark, no one checks",
    ),
    (
        "en",
        "unethical_request",
        "Please backdate the invoice to last year so it goes in the old budget",
    ),
    (
        "en",
        "unethical_request",
        "can you scrape our competitor's customer emails and add them to our mailing list",
    ),
    (
        "en",
        "unethical_request",
        "Write a few negative reviews of the restaurant across the road, nothing too obvious",
    ),
    # outside_expertise
    (
        "en",
        "outside_expertise",
        "Can you also do our bookkeeping while you're setting up the shop? You're good with numbers.",
    ),
    (
        "en",
        "outside_expertise",
        "While you're designing the packaging could you check the legal requirements for EU labelling and draft the terms too?",
    ),
    (
        "en",
        "outside_expertise",
        "You're a developer so you can fix our office printer and the wifi right?",
    ),
    (
        "en",
        "outside_expertise",
        "Since you did our logo, could you also handle our tax return this year?",
    ),
    (
        "en",
        "outside_expertise",
        "Could you write our privacy policy and GDPR contracts? We don't have a lawyer.",
    ),
    (
        "en",
        "outside_expertise",
        "Can you also give us some advice on our investment strategy and which stocks to buy with the profits?",
    ),
    # reasonable (incl. hard ones)
    ("en", "reasonable", "Thanks so much, the new homepage looks great. Approved!"),
    (
        "en",
        "reasonable",
        "Hi, could you send me the invoice? Net 30 is fine with us, we'll pay by bank transfer.",
    ),
    ("en", "reasonable", "How much would it cost to add a French version of the site?"),
    (
        "en",
        "reasonable",
        "What would be a realistic timeline for the redesign? We're hoping for spring but flexible.",
    ),
    (
        "en",
        "reasonable",
        "Can we schedule a call next week to go over the first draft? Tue or Wed afternoon works.",
    ),
    ("en", "reasonable", "Any update on the logo? No pressure, just checking in."),
    (
        "en",
        "reasonable",
        "Feedback on draft 1: make the headline bigger, swap the hero photo for the team shot, and use our navy #1A2B4C for buttons. Otherwise good to go.",
    ),
    ("en", "reasonable", "Payment sent today, please confirm when you receive it."),
    (
        "en",
        "reasonable",
        "Are you available for a new project starting in March? Happy to share the brief.",
    ),
    (
        "en",
        "reasonable",
        "We'd like to add a blog section. Could you quote it separately as a change request?",
    ),
    (
        "en",
        "reasonable",
        "Is there a rush fee if we need it two weeks earlier? If it's reasonable we'd pay it.",
    ),
    ("en", "reasonable", "Got it, we'll go with your recommendation on the fonts. Makes sense."),
    (
        "en",
        "reasonable",
        "Hi Ana,\n\nAttached are the brand guidelines and the copy for all pages. Deadline is end of next month; let us know if that's doable and what you need from us.\n\nCheers, Mike",
    ),
    ("en", "reasonable", "Could you tell me what's included in the two revision rounds?"),
    ("en", "reasonable", "I'm out of office until Monday, will review the mockups then."),
    (
        "en",
        "reasonable",
        "Quick question: do you prefer we send feedback in one consolidated doc or as comments in Figma?",
    ),
    (
        "en",
        "reasonable",
        "Sorry for the delay in replying! We've been swamped. The proposal looks good, let's go ahead.",
    ),
    ("en", "reasonable", "What's your usual payment schedule? 50/50 works for us."),
    (
        "en",
        "reasonable",
        "Is it possible to have the files by Friday? If not, next Tuesday is fine too.",
    ),
    (
        "en",
        "reasonable",
        "Our budget is around $5k, what could you do for that? Happy to trim the scope.",
    ),
    ("en", "reasonable", "Could you remind me how many hours are left in the retainer this month?"),
    (
        "en",
        "reasonable",
        "We've decided to pause the project for a couple of months. We'll pay for the work done so far, please send the final invoice.",
    ),
    (
        "en",
        "reasonable",
        "The urgent issue from yesterday is resolved on our side, thanks for the quick help.",
    ),
    (
        "en",
        "reasonable",
        "Would you recommend WordPress or Webflow for us? We'll follow your advice.",
    ),
    (
        "en",
        "reasonable",
        "Please find the signed contract attached. Looking forward to working together!",
    ),
    (
        "en",
        "reasonable",
        "---------- Forwarded message ---------\nFrom: Jane <jane@acme.com>\nSubject: photos\n\nHi, forwarding the product photos from Jane. Use whichever you think fit best. Thanks!",
    ),
    (
        "en",
        "reasonable",
        "If we pay the extra for a second developer, could we launch sooner? Just exploring options.",
    ),
    (
        "en",
        "reasonable",
        "Happy to extend the deadline by a week, take the time you need to do it properly.",
    ),
    (
        "en",
        "reasonable",
        "Hey! loved the first concepts. Could we see concept B with a warmer palette? That's our last change, then we're done.",
    ),
    (
        "en",
        "reasonable",
        "Can you give me a rough estimate for adding an online booking system? No commitment yet.",
    ),
    (
        "en",
        "reasonable",
        "Invoice #204 is approved and will be paid within 14 days as per contract.",
    ),
    (
        "en",
        "reasonable",
        "What do you need from us to get started? We have the logo files and copy ready.",
    ),
    ("en", "reasonable", "Good morning, just confirming our meeting tomorrow at 10. Talk then!"),
    (
        "en",
        "reasonable",
        "Thanks for flagging the risk with the old plugin. Let's replace it as you suggested; please add the hours to the next invoice.",
    ),
    ("en", "reasonable", "Is the price in your quote including VAT?"),
    (
        "en",
        "reasonable",
        "Could you send a status update by the end of the week? Our director wants to know where we are.",
    ),
    ("en", "reasonable", "lol that typo in the footer is my fault, sorry. fixed copy attached"),
    (
        "en",
        "reasonable",
        "We loved working with you. Would you be open to a small retainer for monthly updates? Let us know your rate.",
    ),
    ("en", "reasonable", "No worries about the delay, family comes first. Keep us posted."),
    (
        "en",
        "reasonable",
        "We are a small nonprofit - do you have reduced rates? Totally fine if not.",
    ),
    (
        "en",
        "reasonable",
        "Hi, the client asked if we could see a preview link. Whenever it's ready is fine.",
    ),
    (
        "en",
        "reasonable",
        "Can we add one more page? Happy to pay for it, just let me know the cost and how it changes the date.",
    ),
    # ---------------------------------------------------------------- English, harder (oblique)
    (
        "en",
        "unrealistic_deadline",
        "The printers need final files Monday 8am, so realistically we'd need the 40-page catalogue from you Sunday night. I know that's only 3 days but you're fast.",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Hi! Could we aim to have everything live before our CEO lands in 6 hours? He wants to show it off at dinner.",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Any chance the full rebrand can happen this week rather than next month? Management changed their mind about timing.",
    ),
    (
        "en",
        "scope_creep",
        "Also, small request, the investors want a pitch deck and a short explainer animation to go with the site. Can that come out of the existing budget?",
    ),
    (
        "en",
        "scope_creep",
        "Thought the SEO setup and ongoing hosting were part of what we agreed? Can you sort those as well",
    ),
    (
        "en",
        "price_pressure",
        "We really like your work but management only approved 60% of your quote. Is there any flexibility?",
    ),
    (
        "en",
        "price_pressure",
        "Would you consider doing it for a flat 500 instead? That's really all we can stretch to.",
    ),
    (
        "en",
        "late_payment",
        "Finance says your invoice is in the queue, they batch payments every 120 days. Nothing I can do I'm afraid.",
    ),
    (
        "en",
        "late_payment",
        "Could you hold off invoicing until after the launch? We'll have more cash then.",
    ),
    (
        "en",
        "free_work",
        "We'd love to see what you'd do with our homepage before we hire anyone. Could you mock something up on spec?",
    ),
    (
        "en",
        "free_work",
        "Since this is a pilot, we won't be billing anything for it and hope you can do the same. Big contract after!",
    ),
    (
        "en",
        "always_available",
        "You went quiet for a whole afternoon yesterday. I need to be able to reach you any time, that's what we're paying for.",
    ),
    (
        "en",
        "always_available",
        "Please add me on WhatsApp and keep notifications on, I send ideas at night and like a fast reply.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "Before we sign we need your assurance that conversion will go up by at least 20%.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "If the launch doesn't hit 10k downloads in the first week we expect a full refund.",
    ),
    (
        "en",
        "vague_brief",
        "Can't really explain the vibe, but something that makes people feel something. Over to you!",
    ),
    (
        "en",
        "vague_brief",
        "We want a logo. Any style, any colours. Just do your thing and send a few.",
    ),
    (
        "en",
        "endless_revisions",
        "We've now shown it to the board, the sales team and my wife and everyone has notes. I'll compile them into round 11.",
    ),
    (
        "en",
        "endless_revisions",
        "I know we approved it last week but looking at it again, could we try a totally different direction?",
    ),
    (
        "en",
        "ignores_advice",
        "Noted your concerns about the dark patterns in checkout, but we're proceeding as originally planned.",
    ),
    (
        "en",
        "ignores_advice",
        "Appreciate the input but the CEO wants the 12 pop-ups, so please put them all back.",
    ),
    (
        "en",
        "unethical_request",
        "Can you tweak the testimonials a bit, make up a few names and quotes, it's standard practice",
    ),
    ("en", "unethical_request", "Use the Nike swoosh but slightly rotated, they'll never notice"),
    (
        "en",
        "outside_expertise",
        "You seem to know a lot about apps. Could you advise whether we should incorporate in Delaware or the UK?",
    ),
    (
        "en",
        "outside_expertise",
        "Our HR person left, could you write the employment contracts for our two new hires?",
    ),
    (
        "en",
        "reasonable",
        "FYI the launch is tomorrow, no action needed from you, just wanted you to know. Thanks for everything!",
    ),
    (
        "en",
        "reasonable",
        "Our budget for phase 2 is about 10k. Could you tell us which features fit and which would need to wait?",
    ),
    (
        "en",
        "reasonable",
        "Urgent-ish: the client spotted a typo on the pricing page, could you fix it when you get a chance today? It's a one-word change.",
    ),
    (
        "en",
        "reasonable",
        "Hope all is well! Re the invoice, our finance team pays on the 15th of each month, so you'll see it then.",
    ),
    (
        "en",
        "reasonable",
        "We went with another agency for this one, but we'd love to work with you in the future.",
    ),
    (
        "en",
        "reasonable",
        "Love it! Only request: can the logo be a bit larger in the header? That's it.",
    ),
    (
        "en",
        "reasonable",
        "Could you walk us through your revision process before we start? We want to set expectations internally.",
    ),
    (
        "en",
        "reasonable",
        "Checking in since we haven't heard back - is everything on track for the 20th?",
    ),
    (
        "en",
        "reasonable",
        "Sorry to bother you on a weekend. This can absolutely wait until Monday.",
    ),
    (
        "en",
        "reasonable",
        "We'd prefer to pay in three milestones instead of two if that's ok with you?",
    ),
    (
        "en",
        "reasonable",
        "Thanks for the honest advice about the timeline. We'll move the launch to April then.",
    ),
    # ---------------------------------------------------------------- English, late batch
    # (written after the second-pass patterns, never tuned on: the post-fix estimate)
    (
        "en",
        "unrealistic_deadline",
        "heads up - the trade show got brought forward, so we'll need the booth graphics and all the flyers by wednesday instead of the 30th",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Honestly a 6 week timeline is crazy for a 5 page site. My last guy did it in a weekend.",
    ),
    (
        "en",
        "scope_creep",
        "Great work on the homepage. We've also drafted a list of 14 extra features (attached) that we'd like in v1, assuming the price stays as quoted.",
    ),
    (
        "en",
        "price_pressure",
        "Love the proposal but could you shave 25% off? Then it's a yes from us.",
    ),
    (
        "en",
        "late_payment",
        "Our accounts payable runs quarterly, so your invoice from May will go out in October.",
    ),
    (
        "en",
        "free_work",
        "Can you redo our homepage as a trial? If the board likes it we'll discuss fees.",
    ),
    (
        "en",
        "always_available",
        "I'd like a direct line to you, evenings and weekends included, as our launch is high stakes.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "We need you to guarantee that the new checkout will cut cart abandonment in half.",
    ),
    ("en", "vague_brief", "Brief is simple: make people want it. The rest is up to you"),
    (
        "en",
        "endless_revisions",
        "I know we're at revision 9 but could we do just one more pass on the colours, and maybe the layout again?",
    ),
    (
        "en",
        "ignores_advice",
        "Understood that the carousel hurts conversion. Please add it anyway, the boss likes it.",
    ),
    (
        "en",
        "unethical_request",
        "Can you set up a few fake accounts to leave comments praising our product?",
    ),
    (
        "en",
        "outside_expertise",
        "Quick q, since you built our shop: can you sort out the VAT registration and customs paperwork for us?",
    ),
    (
        "en",
        "reasonable",
        "Sounds good. Go ahead with option B and send me the invoice when you're done.",
    ),
    (
        "en",
        "reasonable",
        "Is there any way to speed things up if we give you the content this week? Just asking.",
    ),
    ("en", "reasonable", "We need to cancel Thursday's call, can we move it to Friday morning?"),
    ("en", "reasonable", "How many rounds of revisions are in the package?"),
    (
        "en",
        "reasonable",
        "Thanks for your patience while we got the content together. It's all in the shared drive now.",
    ),
    (
        "en",
        "reasonable",
        "Could you quote us for the same site in German? Not urgent, it's for next year's budget.",
    ),
    ("en", "reasonable", "We're paying the deposit today. When can you start?"),
    # ---------------------------------------------------------------- Indonesian
    (
        "id",
        "unrealistic_deadline",
        "Mas, websitenya bisa jadi besok pagi ga? meetingnya dimajuin soalnya",
    ),
    (
        "id",
        "unrealistic_deadline",
        "Tolong selesaikan semua desain feed 30 post malam ini ya kak, urgent banget",
    ),
    (
        "id",
        "unrealistic_deadline",
        "Kenapa lama banget sih, masa bikin aplikasi aja butuh sebulan? 3 hari cukup lah",
    ),
    (
        "id",
        "scope_creep",
        "Kak sekalian bikinin kartu nama sama banner juga ya, masih satu paket kan?",
    ),
    (
        "id",
        "scope_creep",
        "Oh iya, tambahin fitur chat sama pembayaran online dong, harganya tetap ya",
    ),
    ("id", "price_pressure", "Mahal banget kak, bisa kurang ga? budget kami cuma 500rb"),
    ("id", "price_pressure", "Yang lain bisa setengah harga loh, nego dikit lah"),
    ("id", "price_pressure", "Ada diskon ga kalau order sekarang? minimal 30% ya"),
    ("id", "late_payment", "Pembayaran nanti ya setelah klien kami bayar, mungkin 2-3 bulan lagi"),
    ("id", "late_payment", "Maaf DP-nya belum bisa transfer bulan ini, kerjain dulu aja ya"),
    ("id", "free_work", "Boleh dibuatkan contoh desain dulu gratis? kalau cocok baru kita bayar"),
    ("id", "free_work", "Kami belum ada budget, tapi nanti portofolio kamu jadi bagus kok"),
    (
        "id",
        "always_available",
        "Tolong HP-nya standby 24 jam ya, saya suka kasih revisi tengah malam",
    ),
    ("id", "always_available", "Kok chat saya jam 10 malam ga dibales sih?"),
    ("id", "guaranteed_outcome", "Bisa jamin penjualan naik 2x lipat bulan depan?"),
    ("id", "vague_brief", "Pokoknya bikin yang bagus aja kak, terserah kakak gimana"),
    ("id", "vague_brief", "Saya juga belum tau maunya apa, coba dibikin dulu nanti saya lihat"),
    ("id", "endless_revisions", "Kak revisi lagi ya, yang ke-10 ini terakhir kok janji, hehe"),
    ("id", "ignores_advice", "Saya tahu kakak ga nyaranin, tapi tetap pakai font itu aja ya"),
    ("id", "unethical_request", "Bisa bikinin 100 review bintang 5 palsu di Google Maps?"),
    (
        "id",
        "outside_expertise",
        "Sekalian urus pajak perusahaan kami juga ya kak, kan sama-sama angka",
    ),
    ("id", "reasonable", "Kak, kira-kira kapan desain pertamanya bisa dikirim? Makasih"),
    ("id", "reasonable", "Berapa biayanya kalau tambah satu halaman lagi?"),
    ("id", "reasonable", "Boleh minta update progresnya kak? Tidak buru-buru kok"),
    (
        "id",
        "reasonable",
        "Apakah memungkinkan selesai sebelum akhir bulan? Kalau tidak, tidak apa-apa",
    ),
    ("id", "reasonable", "Terima kasih, desainnya sudah kami setujui. Invoice silakan dikirim"),
    ("id", "reasonable", "Pembayaran sudah kami transfer ya, mohon dicek"),
    ("id", "reasonable", "Kak, bisa jadwalkan meeting minggu depan untuk bahas revisi pertama?"),
    (
        "id",
        "reasonable",
        "Untuk revisi, tolong judulnya diperbesar dan warnanya pakai biru tua. Sisanya sudah oke",
    ),
    ("id", "reasonable", "Apakah ada biaya tambahan kalau kami minta dipercepat? Kami siap bayar"),
    ("id", "reasonable", "Maaf baru balas, minggu lalu sibuk. Proposalnya sudah oke, lanjut ya"),
    # ---------------------------------------------------------------- Russian
    (
        "ru",
        "unrealistic_deadline",
        "Нужно, чтобы весь сайт был готов к завтрашнему утру, презентация в 9.",
    ),
    ("ru", "unrealistic_deadline", "Почему так долго? Лендинг делается за день, максимум два."),
    ("ru", "unrealistic_deadline", "Срочно!!! Сдать все 20 баннеров сегодня до вечера"),
    (
        "ru",
        "scope_creep",
        "И заодно сделайте, пожалуйста, мобильное приложение, это же почти то же самое, цена та же?",
    ),
    ("ru", "scope_creep", "Добавьте ещё личный кабинет и оплату, думаю это входит в стоимость"),
    ("ru", "price_pressure", "Дороговато. Можно скидку процентов 40? Другие делают дешевле"),
    ("ru", "price_pressure", "У нас бюджет 10 тысяч, а у вас 50. Давайте за 10?"),
    ("ru", "late_payment", "Оплатим после того, как заказчик заплатит нам, месяца через три"),
    (
        "ru",
        "late_payment",
        "Бухгалтерия проведёт счёт только в следующем квартале, но работу продолжайте",
    ),
    (
        "ru",
        "free_work",
        "Сделайте тестовое задание бесплатно: три концепции логотипа для нашего бренда",
    ),
    ("ru", "free_work", "Денег сейчас нет, но это отличная реклама для вашего портфолио"),
    (
        "ru",
        "always_available",
        "Почему вы не ответили в 11 вечера? Я жду ответа в течение часа в любое время",
    ),
    ("ru", "always_available", "Будьте на связи все выходные, вдруг понадобятся правки"),
    ("ru", "guaranteed_outcome", "Гарантируете выход в топ-3 Яндекса за месяц?"),
    ("ru", "vague_brief", "Сделайте красиво, вы же дизайнер. Что-то такое, сами поймёте"),
    (
        "ru",
        "endless_revisions",
        "Давайте ещё раз всё переделаем, это уже девятая версия, но пока не то",
    ),
    (
        "ru",
        "endless_revisions",
        "Верните второй вариант, но с цветами из пятого, и ещё несколько вариантов покажите",
    ),
    ("ru", "ignores_advice", "Я знаю, что вы не советовали, но делайте как я сказал"),
    (
        "ru",
        "unethical_request",
        "Напишите 50 положительных отзывов от разных имён на нашу компанию",
    ),
    (
        "ru",
        "outside_expertise",
        "Вы же программист, помогите заодно с бухгалтерией и налоговой декларацией",
    ),
    ("ru", "reasonable", "Спасибо, всё отлично, макет утверждаем."),
    ("ru", "reasonable", "Сколько будет стоить добавить ещё одну страницу?"),
    (
        "ru",
        "reasonable",
        "Подскажите, пожалуйста, когда примерно будет первый вариант? Мы не торопим.",
    ),
    ("ru", "reasonable", "Оплату отправили сегодня, проверьте, пожалуйста."),
    ("ru", "reasonable", "Можно созвониться на следующей неделе, обсудить правки?"),
    (
        "ru",
        "reasonable",
        "Правки по первому макету: увеличить заголовок и заменить фото. Остальное хорошо.",
    ),
    ("ru", "reasonable", "Есть ли доплата за срочность? Если разумная, мы готовы заплатить."),
    ("ru", "reasonable", "Пришлите, пожалуйста, счёт, оплатим в течение 10 дней по договору."),
    ("ru", "reasonable", "Как продвигается работа? Просто уточняю статус."),
    ("ru", "reasonable", "Согласны с вашей рекомендацией по шрифтам, делаем так."),
    # ---------------------------------------------------------------- Arabic
    ("ar", "unrealistic_deadline", "عايز الموقع كله يخلص بكره الصبح ضروري"),
    ("ar", "unrealistic_deadline", "ابغى التصاميم اليوم قبل الساعة خمسة، الموضوع مستعجل"),
    ("ar", "unrealistic_deadline", "ليش كل هالوقت؟ التطبيق يخلص في يومين بالكثير"),
    ("ar", "scope_creep", "وبالمرة سوّ لنا كروت شخصية وبوسترات، كلها ضمن نفس السعر صح؟"),
    ("ar", "scope_creep", "ضيف كمان صفحة متجر ودفع اونلاين، مافي داعي لزيادة السعر"),
    ("ar", "price_pressure", "السعر غالي مرة، ممكن خصم ٥٠٪؟ غيرك يسويها بنص السعر"),
    ("ar", "price_pressure", "ميزانيتنا ٥٠٠ ريال بس، نزّل السعر شوي"),
    ("ar", "late_payment", "ندفع لك بعدين لما العميل يدفع لنا، يمكن بعد شهرين"),
    ("ar", "late_payment", "العربون بيتأخر شوي هالشهر، ابدأ الشغل وبعدين نحاسبك"),
    ("ar", "free_work", "ممكن تعمل لنا تصميم تجريبي ببلاش؟ لو عجبنا نشتغل معاك"),
    ("ar", "free_work", "ما عندنا ميزانية حاليا بس الشغل هيعملك شهرة كبيرة"),
    ("ar", "always_available", "لازم ترد علي خلال ساعة حتى بالليل"),
    ("ar", "always_available", "ليه ما رديت على مكالماتي امبارح الساعة ١١ بالليل؟"),
    ("ar", "guaranteed_outcome", "تضمن لي ان المبيعات تتضاعف خلال شهر؟"),
    ("ar", "vague_brief", "سوّي أي شي حلو، انت أدرى، مو عارف ايش أبغى بالضبط"),
    ("ar", "endless_revisions", "عدّل مرة ثانية، أدري هذا التعديل العاشر بس آخر مرة والله"),
    ("ar", "endless_revisions", "خلينا نبدأ من الصفر من جديد، التصميم ما عجب المدير"),
    ("ar", "ignores_advice", "عارف انك نصحتني ما نسوي كذا، بس نفذ اللي قلته"),
    ("ar", "unethical_request", "اكتب لنا تقييمات وهمية خمس نجوم بأسماء مختلفة"),
    ("ar", "outside_expertise", "وبما انك مبرمج، ساعدنا في الحسابات والضرائب كمان"),
    ("ar", "reasonable", "شكرا جزيلا، التصميم ممتاز ومعتمد."),
    ("ar", "reasonable", "كم التكلفة لو أضفنا صفحة جديدة؟"),
    ("ar", "reasonable", "متى تقريبا تكون النسخة الأولى جاهزة؟ مو مستعجلين"),
    ("ar", "reasonable", "تم تحويل المبلغ اليوم، الرجاء التأكيد."),
    ("ar", "reasonable", "ممكن نحدد اجتماع الأسبوع الجاي نناقش الملاحظات؟"),
    ("ar", "reasonable", "ملاحظاتنا: كبّر العنوان وغيّر الصورة الرئيسية، والباقي تمام."),
    ("ar", "reasonable", "هل في رسوم إضافية للتسليم السريع؟ مستعدين ندفع."),
    ("ar", "reasonable", "أرسل لنا الفاتورة وبندفع خلال أسبوعين حسب العقد."),
    ("ar", "reasonable", "وين وصلت في الشغل؟ بس حاب أعرف الوضع."),
    ("ar", "reasonable", "نوافق على اقتراحك بخصوص الخطوط، تمام."),
    # ================================================================ D3 batch (helper D3)
    # Written fresh before any D3 change to ar/id/ru, from no failure list: informal
    # chat (MSA and Egyptian/Gulf/Levantine; Indonesian slang; Russian informal), a third
    # reasonable. Not training data; the D3 patterns must not be copied from these.
    # ---------------------------------------------------------------- Arabic, D3
    (
        "ar",
        "unrealistic_deadline",
        "يا باشا عايز اللوجو والهوية كلها جاهزة بكره الصبح، العرض اتقدم",
    ),
    ("ar", "unrealistic_deadline", "الله يعافيك نبي الموقع كامل يكون شغال قبل الخميس، عندنا اطلاق"),
    ("ar", "unrealistic_deadline", "بدي ياها هلق، الزبون عم يستنى عالتلفون"),
    (
        "ar",
        "scope_creep",
        "حبيبي بما انك خلصت اللوجو، اعملنا كمان منيو المطعم والستيكرات، نفس الحساب يعني",
    ),
    (
        "ar",
        "scope_creep",
        "نحتاج نضيف نظام حجوزات ولوحة تحكم للموقع، أظن هذا داخل في الاتفاق الأصلي",
    ),
    ("ar", "price_pressure", "والله السعر نار، في واحد على فيسبوك عرض علي نفس الشغل بمية دولار"),
    ("ar", "price_pressure", "ممكن تعملي سعر حلو؟ احنا لسه بادئين والميزانية على القد"),
    ("ar", "late_payment", "ابدأ انت والفلوس هتوصلك أول ما المشروع يجيب فلوس إن شاء الله"),
    ("ar", "late_payment", "الدفعة الأولى مش هنقدر نحولها دلوقتي، خليها مع الدفعة الأخيرة"),
    ("ar", "free_work", "هل يمكنكم تقديم تصميم مبدئي للشعار دون أي تكلفة لنقرر على أساسه؟"),
    ("ar", "free_work", "يا ريت تساعدنا بالترجمة هالمرة كرمال الجمعية، ما في ميزانية"),
    ("ar", "always_available", "بدي رقم واتساب شخصي وتكون معنا أونلاين حتى يوم الجمعة"),
    (
        "ar",
        "always_available",
        "كل ما أبعتلك رسالة بتتأخر ساعتين بالرد، هيك ما بيمشي الحال، بدي رد فوري",
    ),
    ("ar", "guaranteed_outcome", "نبي وعد إن الحملة تجيب لنا ألف عميل جديد الشهر هذا"),
    (
        "ar",
        "guaranteed_outcome",
        "هل تستطيع أن تؤكد لنا أن التطبيق سيحصل على تقييم خمس نجوم في المتجر؟",
    ),
    (
        "ar",
        "vague_brief",
        "عايزين حاجة شبابية كده ومختلفة، بس مش عارفين بالظبط، اعمل كذا اقتراح ونشوف",
    ),
    ("ar", "vague_brief", "ابغى شعار يعبر عنا، انت فاهم قصدي، شي فخم وبسيط بنفس الوقت"),
    (
        "ar",
        "endless_revisions",
        "معلش نرجع للنسخة التانية بس بألوان النسخة الخامسة، وبعدين نشوف تاني",
    ),
    (
        "ar",
        "endless_revisions",
        "المدير شاف التصميم وطلب نغير كل شي مرة ثانية، هذي التعديلات رقم ١٢ أدري",
    ),
    ("ar", "ignores_advice", "انا عارف انك شايف الخط صغير، بس ده اللي عاجبني، نفذ من غير مناقشة"),
    ("ar", "ignores_advice", "لا تقولي SEO ولا سرعة، حط الفيديو بالخلفية وخلص"),
    ("ar", "unethical_request", "انسخ موقع المنافس زي ما هو وغير اللوجو بس، محدش هياخد باله"),
    ("ar", "unethical_request", "نبغى نكتب شهادات عملاء من عندنا ونحطها بأسماء ناس"),
    ("ar", "outside_expertise", "بما إنك مصمم، تقدر تكتبلنا عقد الشراكة مع المستثمر؟"),
    ("ar", "reasonable", "لو سمحت ابعتلي عرض سعر لتصميم منيو المطعم كشغل منفصل"),
    ("ar", "reasonable", "كم ياخذ وقت تقريبا لو ضفنا صفحة للمدونة؟ مو ضروري الحين"),
    ("ar", "reasonable", "المبلغ اتحول على حسابك امبارح، اتأكد ووصلني"),
    ("ar", "reasonable", "التعديلات بسيطة: غيّر رقم التليفون في الفوتر وصحح اسم الشركة"),
    (
        "ar",
        "reasonable",
        "عندنا عرض تقديمي يوم الأحد، هل ممكن تكون المسودة جاهزة قبلها؟ لو مش ممكن نعرض النسخة الحالية",
    ),
    ("ar", "reasonable", "هلق بس شفت الإيميل، شكرا كتير، رح نراجع ونرد عليك بكرا"),
    ("ar", "reasonable", "ممكن تنصحنا بشو الأفضل للموقع: ووردبريس ولا شوبيفاي؟"),
    ("ar", "reasonable", "نبي نعرف وش الخيارات المتاحة لو الميزانية ٣٠٠٠ ريال"),
    ("ar", "reasonable", "الشغل حلو جدا، بس عندنا ملاحظة وحدة على لون الزر"),
    ("ar", "reasonable", "إذا في خصم على الدفع المقدم ياريت، وإذا لا عادي"),
    ("ar", "reasonable", "متى تناسبك مكالمة قصيرة هالأسبوع عشان نتفق على التفاصيل؟"),
    ("ar", "reasonable", "نحتاج فاتورة رسمية باسم الشركة لو سمحت"),
    # ---------------------------------------------------------------- Indonesian, D3
    (
        "id",
        "unrealistic_deadline",
        "Kak, logo sama kartu nama bisa jadi besok pagi ga? Urgent bgt soalnya mau print",
    ),
    (
        "id",
        "unrealistic_deadline",
        "gan tolong dong websitenya kelar malam ini, asap ya, client udah nagih",
    ),
    (
        "id",
        "scope_creep",
        "Min, sekalian dong bikinin feed IG 30 post, kan masih satu paket sama logonya",
    ),
    (
        "id",
        "scope_creep",
        "Bro, tambahin fitur chat sama notifikasi ya, harusnya ga nambah biaya kan",
    ),
    ("id", "price_pressure", "Kak harga teman lah, 300rb aja ya, yang lain juga segitu"),
    ("id", "price_pressure", "Mahal amat kak, di sebelah cuma setengahnya. Bisa kurang ga?"),
    ("id", "late_payment", "Kak dikerjain dulu aja ya, bayarnya nanti kalau udah gajian"),
    ("id", "late_payment", "DP nya nyusul ya gan, nunggu dana dari investor cair dulu"),
    ("id", "free_work", "Kak bikinin contoh desain dulu gratis aja, kalau cocok baru kita order"),
    ("id", "free_work", "Bantuin dong bang, buat portofolio kakak juga kan, ntar aku tag di IG"),
    (
        "id",
        "always_available",
        "Min kok chat saya ga dibales2 dari tadi?? Harus standby terus dong",
    ),
    (
        "id",
        "always_available",
        "Tolong HP nya aktif 24 jam ya kak, saya suka kepikiran revisi tengah malam",
    ),
    ("id", "guaranteed_outcome", "Bisa jamin ga kak omzet naik 2x setelah pake desain ini?"),
    (
        "id",
        "guaranteed_outcome",
        "Pastikan video ini viral ya bro, kalau views dibawah 100rb saya ga bayar",
    ),
    (
        "id",
        "vague_brief",
        "Terserah kakak aja deh desainnya, pokoknya keren dan beda dari yang lain",
    ),
    ("id", "vague_brief", "Aku juga belum tau maunya gimana, bikin aja dulu nanti aku liat"),
    (
        "id",
        "endless_revisions",
        "Revisi lagi ya kak, balik ke warna yang kemarin tapi font yang baru, ini revisi ke-9 sih hehe",
    ),
    ("id", "endless_revisions", "Ubah total aja min, bos ga suka, mulai dari awal lagi ya"),
    ("id", "ignores_advice", "Udah ikutin aja maunya saya, ga usah kasih saran, saya yang bayar"),
    (
        "id",
        "ignores_advice",
        "Tau kok katanya kakak font ini susah dibaca, tapi saya tetep mau pake",
    ),
    (
        "id",
        "unethical_request",
        "Gan bikinin 50 akun palsu buat kasih review bintang 5 di toko kita ya",
    ),
    ("id", "unethical_request", "Tiru aja plek ketiplek website kompetitor, ganti nama doang"),
    (
        "id",
        "outside_expertise",
        "Sekalian kak, kan kakak programmer, tolong benerin printer kantor yang error",
    ),
    ("id", "reasonable", "Kak, berapa biayanya kalau mau tambah 5 halaman lagi?"),
    ("id", "reasonable", "Kira-kira kapan draft pertama bisa dikirim kak? Ga buru-buru kok"),
    ("id", "reasonable", "Pembayaran termin kedua sudah ditransfer ya kak, mohon dicek"),
    (
        "id",
        "reasonable",
        "Boleh minta revisi kecil: logonya digedein dikit dan warnanya agak gelap",
    ),
    (
        "id",
        "reasonable",
        "Apakah memungkinkan selesai hari Jumat? Kalau ada biaya tambahan untuk urgent, kami siap",
    ),
    ("id", "reasonable", "Bro, bisa ga kalau meeting-nya dipindah ke Kamis siang?"),
    ("id", "reasonable", "Makasih banyak kak, hasilnya bagus, kami approve ya"),
    ("id", "reasonable", "Sesuai kesepakatan, revisi kedua kami kirim besok ya kak. Terima kasih"),
    (
        "id",
        "reasonable",
        "Kak, ada paket yang lebih murah ga? Kalau ga ada gpp, kami pilih paket standar",
    ),
    (
        "id",
        "reasonable",
        "Min, minta invoice-nya ya buat diproses finance, sesuai kesepakatan 14 hari",
    ),
    ("id", "reasonable", "Gan, saran dong bagusnya pake warna apa buat brand kopi?"),
    ("id", "reasonable", "Urgent kak: tombol checkout di web error, bisa dicek hari ini?"),
    # ---------------------------------------------------------------- Russian, D3
    (
        "ru",
        "unrealistic_deadline",
        "Срочно нужен лендинг к завтрашнему утру, сможете? Ну вы же профи",
    ),
    (
        "ru",
        "unrealistic_deadline",
        "Давайте сделаем весь сайт за выходные, там работы на пару часов",
    ),
    (
        "ru",
        "scope_creep",
        "И ещё по-братски накидайте пару баннеров для таргета, это же мелочь, в рамках бюджета",
    ),
    (
        "ru",
        "scope_creep",
        "Кстати, нам ещё нужна мобильная версия и личный кабинет, думаю это входит в договор",
    ),
    ("ru", "price_pressure", "Дороговато. Скидочку сделаете? Другие за копейки такое делают"),
    ("ru", "price_pressure", "Бюджет у нас 5 тысяч, больше не потянем, давайте за эти деньги"),
    ("ru", "late_payment", "Начинайте, оплачу потом, как получим деньги от заказчика"),
    ("ru", "late_payment", "Предоплату не делаем, рассчитаемся после запуска по факту продаж"),
    ("ru", "free_work", "Сделайте тестовое задание бесплатно, если понравится — возьмём в проект"),
    ("ru", "free_work", "Денег пока нет, но это отличный кейс для портфолио, сделаете за отзыв?"),
    (
        "ru",
        "always_available",
        "Почему трубку не берёте? Я звонил 5 раз! Вы должны быть на связи всегда",
    ),
    (
        "ru",
        "always_available",
        "Будьте доступны в телеграме и в выходные, вдруг что-то понадобится",
    ),
    ("ru", "guaranteed_outcome", "Гарантируете, что попадём в топ-3 Яндекса за месяц?"),
    ("ru", "guaranteed_outcome", "Если продажи не вырастут вдвое, деньги вернёте"),
    ("ru", "vague_brief", "Сделайте что-нибудь крутое, на ваш вкус, сами разберётесь"),
    ("ru", "vague_brief", "Не знаю, чего хочу, но пойму, когда увижу. Набросайте вариантов"),
    ("ru", "endless_revisions", "Опять не то. Переделайте ещё раз, это последняя правка, честно"),
    (
        "ru",
        "endless_revisions",
        "Давайте вернёмся к самому первому варианту и заново всё переделаем",
    ),
    ("ru", "ignores_advice", "Мне не нужны ваши советы, делайте как я сказал"),
    (
        "ru",
        "ignores_advice",
        "Да, я понял, что вы не рекомендуете, но всё равно ставим автоплей музыки на сайт",
    ),
    ("ru", "unethical_request", "Напишите 30 отзывов от разных имён, чтобы выглядело натурально"),
    ("ru", "unethical_request", "Скопируйте дизайн конкурента один в один, никто не заметит"),
    (
        "ru",
        "outside_expertise",
        "Вы же программист, настройте нам заодно бухгалтерию в 1С и сдайте отчётность",
    ),
    ("ru", "reasonable", "А во сколько обойдётся английская версия сайта?"),
    ("ru", "reasonable", "Подскажите, когда примерно будет первый макет? Не горит"),
    ("ru", "reasonable", "Оплатил счёт сегодня, проверьте, пожалуйста, поступление"),
    (
        "ru",
        "reasonable",
        "Небольшие правки: поменять телефон в шапке и исправить опечатку в футере",
    ),
    ("ru", "reasonable", "Можно ли ускорить до пятницы? Готовы доплатить за срочность"),
    ("ru", "reasonable", "Срочно: сайт упал, посмотрите, пожалуйста, сегодня"),
    ("ru", "reasonable", "Спасибо большое, макет согласован, закрываем этап"),
    ("ru", "reasonable", "Можно созвониться завтра в 11, обсудить структуру?"),
    ("ru", "reasonable", "Есть ли скидка при оплате сразу за весь проект? Если нет — не страшно"),
    ("ru", "reasonable", "Вышлите, пожалуйста, договор и счёт на предоплату"),
    ("ru", "reasonable", "Что вы посоветуете: Тильда или WordPress для нашего магазина?"),
    ("ru", "reasonable", "Пришлите, пожалуйста, отчёт о проделанной работе в конце недели"),
)
