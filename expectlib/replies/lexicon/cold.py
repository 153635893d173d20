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
    # ------------------------------------------------ batch D5 (2026-11-23)
    # 180 messages written blind (the writer saw only the type descriptions), as
    # e-mails, chats and forum quotes. Measured before the fourth-pass patterns were
    # written from its failures: all F1 .872 / reasonable flagged .133 / type .733;
    # en .863/.162/.712, id .968/.000/.938, ru .828/.125/.625, ar .857/.143/.733.
    (
        "en",
        "free_work",
        "Before we hire, we ask all candidates to design a full landing page for our product as a test task. If we like it we'll use it and bring you on for future work.",
    ),
    (
        "en",
        "late_payment",
        "cant pay this week bro, sales were slow. will send something on the 15th, maybe half",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Hi Tom,\n\nHope you had a nice weekend. Quick update from our side: the board meeting has been moved up, so we'll need the full annual report translated into German (the 84-page PDF I sent last Tuesday) by 9am tomorrow instead of the 28th. I realise it's tight but I'm confident you'll manage, you always do!\n\nThanks so much,\n\nKerstin Vogel\nHead of Communications\nAltmark Logistics GmbH",
    ),
    ("en", "reasonable", "sounds good, talk thursday"),
    ("en", "always_available", "why didn't you pick up? I called 3 times. it's only 10pm"),
    (
        "en",
        "scope_creep",
        "Would be amazing if the blog section could also pull in our Instagram feed, have a newsletter signup that syncs to Mailchimp, and maybe a search bar. Those are tiny right?",
    ),
    (
        "en",
        "late_payment",
        "Hey, I know the invoice was due last Friday. Could we do it after the holidays instead? Got a lot going on with end of year stuff",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Client just sent me this at 11pm: \"hey so the site migration — 40 pages, WooCommerce, all the product data — we told our customers it'd be live by the morning. still good yeah?\" We never agreed on any date, I haven't even got the server logins yet.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "Can you guarantee we'll rank top 3 for 'dentist miami' by June? That's really the only thing we care about.",
    ),
    (
        "en",
        "ignores_advice",
        "Thanks for the explanation about keyword stuffing, but put 'cheap plumber london' in every paragraph anyway. My nephew says it works.",
    ),
    (
        "en",
        "reasonable",
        "Feedback from the team: everyone loves direction 2. Can you develop it further for the presentation on the 9th as planned?",
    ),
    (
        "en",
        "reasonable",
        "Thanks for flagging the license issue on that font. Go ahead with the alternative you suggested.",
    ),
    (
        "en",
        "free_work",
        "could you whip up 3 logo concepts so we can see if your style fits? if we pick one we'll pay for the final",
    ),
    (
        "en",
        "late_payment",
        "Re: final invoice — we'll pay the remaining balance once the site has been live for a couple of months and we're sure everything works. Makes sense for both of us I think.",
    ),
    (
        "en",
        "price_pressure",
        "Before I accept the offer: 45€ per 1000 words seems steep when DeepL does most of the work anyway. 20€ would be more realistic, no?",
    ),
    (
        "en",
        "unrealistic_deadline",
        "We're pitching investors in 3 hours and the whole deck needs redesigning, 25 slides incl. the financial charts. Can you jump on it right now?",
    ),
    (
        "en",
        "always_available",
        "[01:14] you there?\n[01:16] hello??\n[01:21] pls call me now, need to talk about the homepage",
    ),
    (
        "en",
        "price_pressure",
        "hi love ur work. our budget for the whole website (12 pages + shop) is 300 usd, is that ok?",
    ),
    (
        "en",
        "scope_creep",
        "so for the video can you also do a 15s cutdown for tiktok, a 6s bumper for youtube and a square version for feed. same footage so should be quick 👍",
    ),
    (
        "en",
        "reasonable",
        "Just FYI our accounts team moves to a new payment system on the 1st, so the payment for your March invoice may come from payables@northfield-group.com instead of me. Same terms, same amount, nothing changes on your side.",
    ),
    (
        "en",
        "reasonable",
        "hey, quick one — what would it cost to add a careers page to the site? same layout as the team page is fine. not urgent, I just need a number for Q3 budget planning",
    ),
    (
        "en",
        "free_work",
        "Hi! We're a nonprofit-ish startup so we can't pay right now, but this would look amazing in your portfolio and we'll tag you on all our socials (80k followers).",
    ),
    (
        "en",
        "free_work",
        "We're running a design contest: 50 designers submit a full packaging design and the winner gets the contract. Deadline is Friday. Interested?",
    ),
    (
        "en",
        "reasonable",
        "Hi there — we found your portfolio on Behance and love the illustrations you did for the coffee brand. We're a small bakery in Leeds looking for packaging illustrations for 3 products. Are you taking on new projects in April? Happy to share a brief.",
    ),
    (
        "en",
        "reasonable",
        "Hi, contract says 50% upfront so I've just sent €1,250 via Wise, should land in 1-2 business days. Reference INV-0042. Let me know when you see it!",
    ),
    (
        "en",
        "outside_expertise",
        "Can you also run our Facebook ads and manage the budget? You took the product photos so you know the products better than anyone.",
    ),
    (
        "en",
        "vague_brief",
        "write us some content for the website. whatever you think works, we trust you. about us etc",
    ),
    (
        "en",
        "scope_creep",
        "Hey, the landing page is perfect. Client now wants a members area with login + Stripe payments. Can you fold that in before the 15th? Same budget obv since it's the same project",
    ),
    (
        "en",
        "late_payment",
        "Re: Invoice 1043 overdue — sorry, our finance person is on leave, we'll pay next month when she's back",
    ),
    (
        "en",
        "reasonable",
        "Hey, can we move the deadline from the 20th to the 27th? Our photographer is sick so the product shots will be late and I don't want you waiting around on us. Invoice schedule stays the same of course.",
    ),
    (
        "en",
        "reasonable",
        "Hi Marta,\n\nAttached is round 2 of feedback (the last one included in the package, I know 🙂). Mostly copy tweaks on slides 4–7, and the logo on the cover is the old one — the new one is in the shared folder.\n\nNo rush, end of next week is fine.\n\nThanks,\nJo",
    ),
    (
        "en",
        "reasonable",
        "Do you work weekends at a higher rate? We launch on the 3rd and might want someone on standby Saturday morning for 2-3 hrs in case the checkout breaks. Totally fine if not, just let me know either way.",
    ),
    (
        "en",
        "reasonable",
        "hi! sorry it's Sunday, pls don't reply until Monday 🙈 just didn't want to forget: the client approved the storyboard 🎉",
    ),
    (
        "en",
        "price_pressure",
        "Got this after I sent my quote for a 3-day product shoot: 'Looks good but can you knock off 30%? We're a small family business and all our other suppliers give us a discount.'",
    ),
    (
        "en",
        "always_available",
        "Sent you an email 20 min ago, no reply?? we need faster answers than this if this is going to work",
    ),
    (
        "en",
        "reasonable",
        "URGENT (sort of lol) — the payment link on your invoice says expired. Can you resend? Want to get it paid before I leave for holidays tomorrow",
    ),
    (
        "en",
        "outside_expertise",
        "hey the office printer stopped connecting to the wifi, you built our website so ur good with computers right? can u come by tmrw",
    ),
    (
        "en",
        "unethical_request",
        "Just download the photos from our competitor's site, they're better than ours. Nobody checks.",
    ),
    (
        "en",
        "reasonable",
        "I know we booked 3 rounds of revisions but honestly we're done after round 2, it looks great. Can you send the final files as AI, PNG and SVG?",
    ),
    (
        "en",
        "unethical_request",
        "Can we pay you cash and skip the invoice? Saves us both the tax headache 😉",
    ),
    (
        "en",
        "vague_brief",
        "Hi team,\n\nWe're looking to refresh our brand. Nothing specific in mind, we just feel it's a bit tired. Could you come up with some directions?\n\nTarget audience is everyone really. Budget flexible. Timing flexible.\n\nLooking forward!\nRob",
    ),
    (
        "en",
        "guaranteed_outcome",
        "Hi, for the Kickstarter page copy — our goal is $150k. We need you to commit to us hitting at least that, otherwise the copy didn't do its job.",
    ),
    (
        "en",
        "reasonable",
        "Client just sent me this: \"We went through the quote and it's more than we planned for this quarter, so we'll reduce the scope to the homepage and 2 landing pages for now. Could you revise the quote accordingly?\" — that's totally fair, right? Just checking I'm not missing a red flag lol",
    ),
    (
        "en",
        "reasonable",
        "No rush at all on this one — whenever you have a slot next week. It's the FAQ page copy, roughly 600 words, brief is in the doc.",
    ),
    (
        "en",
        "free_work",
        "Hey, since you did such a great job on our site, would you mind helping my sister with her bakery's Wix page? Just a few tweaks, nothing big. Would mean a lot 😊",
    ),
    (
        "en",
        "price_pressure",
        "We're a startup so cash is tight — could you do it for half your usual rate? We'll send loads more work your way once we close our seed round.",
    ),
    (
        "en",
        "unrealistic_deadline",
        "hi!! we need a full brand identity (logo, colors, fonts, social templates) for our launch event which is this friday. could you have it by thursday morning? 🙏🙏",
    ),
    (
        "en",
        "always_available",
        'Client just sent me this on Sunday: "Hey so we expect all our contractors to be on Slack 8am-8pm Mon-Sat and reply within 15 min. That\'s fine yeah?" This is a 10 hr/week contract.',
    ),
    (
        "en",
        "reasonable",
        "Hi Daniel,\n\nThanks for sending the proposal over. A few questions before we go ahead:\n1) Does the price include setting up hosting?\n2) Who owns the source code after handover?\n3) How do you handle bug fixes after launch?\n\nBest,\nPriya",
    ),
    (
        "en",
        "reasonable",
        "hey is there a way to see the staging site on mobile? the link keeps asking me for a password",
    ),
    (
        "en",
        "ignores_advice",
        "Skip the staging environment, just push straight to production. Testing is a waste of time, we'll fix stuff if customers complain.",
    ),
    (
        "en",
        "reasonable",
        "Hi, can we schedule a 30-min kickoff next week? Tue or Wed afternoon CET works for me.",
    ),
    (
        "en",
        "reasonable",
        "Attached: brand guide + logo pack (zip). Let me know if anything's missing before you start.",
    ),
    (
        "en",
        "vague_brief",
        "The brief is basically: make people feel something. Can't really describe it but we'll recognise it when we see it.",
    ),
    (
        "en",
        "endless_revisions",
        "Can you move the logo 2px left. Actually no, put it back. Try centered? Hmm. Back to the left but a bit smaller. Can I see all 4 side by side",
    ),
    (
        "en",
        "unrealistic_deadline",
        "can u edit the wedding video tonight? couple wants to show it at the after party tomorrow 2pm. its about 6 hrs of footage from 3 cameras",
    ),
    (
        "en",
        "endless_revisions",
        "---------- Forwarded message ---------\nFrom: Claire Dubois\nDate: Mon, 3 Mar\nSubject: Re: website copy\n\nHi Ben, our new marketing director started this week and she'd like to go through all the copy you delivered and signed off in January and rework it to fit her vision. Could you do another pass on every page with her comments? She's quite particular so it might take a few rounds.\n\n> On Fri, 24 Jan, Ben wrote:\n> Final copy attached, thanks for the sign-off!",
    ),
    (
        "en",
        "reasonable",
        "what format do u need the raw footage in? its on google drive, about 40gb, mostly 4k from a sony fx3",
    ),
    (
        "en",
        "scope_creep",
        "Logo looks great! Oh and since you've got all the files open, could you knock out a few Instagram templates and a letterhead too? Shouldn't take long",
    ),
    (
        "en",
        "outside_expertise",
        "Our accountant quit. Can you do our quarterly VAT return? You were great with the spreadsheets on the dashboard project.",
    ),
    (
        "en",
        "reasonable",
        "Our legal team needs a signed W-9 from you before they can release the final payment. Sorry for the bureaucracy, it's a one-time thing.",
    ),
    (
        "en",
        "reasonable",
        "Translation approved by our reviewer in Munich, no changes. Please go ahead and send the invoice.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "Can you guarantee the book gets into the Amazon top 100 for its category after launch? That's what the publisher expects from the blurb and the ads copy.",
    ),
    (
        "en",
        "reasonable",
        "can we push monday's call to tuesday same time? something came up. sorry for the late notice!!",
    ),
    (
        "en",
        "reasonable",
        "is it ok if we pay in EUR instead of USD this time? we'll cover the conversion fee obviously",
    ),
    (
        "en",
        "scope_creep",
        "For the translation — we found 12 more product sheets we forgot to include. I assume those go under the same flat fee since it's the same catalogue. Deadline stays Thursday.",
    ),
    (
        "en",
        "reasonable",
        "quick q before I sign: if we end up needing a 4th round of revisions, what's your hourly for that?",
    ),
    (
        "en",
        "late_payment",
        "Hi, just a heads up, we'll settle your invoice once our client pays us. They usually take 60-90 days. Hope that's ok!",
    ),
    (
        "en",
        "endless_revisions",
        "This is round 6 I know, but the board saw it and wants a completely different direction. Start from scratch? Same deal as before.",
    ),
    (
        "en",
        "price_pressure",
        "hey! we're going ahead with the 6 month retainer but we need the rate at 40/hr instead of 65, finance won't sign off otherwise. let me know by EOD",
    ),
    (
        "en",
        "unethical_request",
        "Copy the layout and text of this site exactly [link], just swap our logo in. They're in another country so it's fine.",
    ),
    (
        "en",
        "endless_revisions",
        "Just a few more tweaks 🙏 (list of 23 items attached). after this it's final, promise. (until marketing sees it lol)",
    ),
    (
        "en",
        "reasonable",
        "I'll be OOO from the 12th to the 19th — Jana (cc'd) will handle approvals while I'm away.",
    ),
    (
        "en",
        "reasonable",
        "We'd love to have the promo cut before the 14th instead of the 21st. If that's doable we're happy to pay a rush fee — what would that look like? If it's not possible, no worries, the 21st still works for us.",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Need the app in the App Store by Monday. It's basically Uber but for dog walkers so should be doable over the weekend right?",
    ),
    (
        "en",
        "reasonable",
        "Heads up - we changed our minds and want the green from option B instead of the blue. I know that's after sign-off, so just send me a quote for the extra hours and I'll get it approved.",
    ),
    (
        "en",
        "outside_expertise",
        "You translated our contracts, so can you also tell us if clause 7 is enforceable in Polish courts? Just your legal opinion, nothing formal.",
    ),
    (
        "en",
        "reasonable",
        "Could you give us two quotes: one for the full rebrand and one for just logo + business cards? Budget's tight this year so we want to see what's possible — not asking you to lower your rates, just want options to take to the partners.",
    ),
    (
        "en",
        "unethical_request",
        "For the annual report the revenue growth chart should look more impressive — start the y-axis at 90% and maybe round the 3.1% up to 5%.",
    ),
    (
        "en",
        "unethical_request",
        "Can you write 40 five-star reviews for our restaurant on Google from different 'customers'? We'll give you the accounts.",
    ),
    (
        "en",
        "scope_creep",
        "Small thing: the site should also be in French and Arabic. The texts are in the doc, it just needs RTL for the Arabic. Thx!",
    ),
    (
        "en",
        "free_work",
        "Translate this 2 page sample for free first please, then we discuss the rate for the full 200 page project",
    ),
    (
        "en",
        "vague_brief",
        "the video should be like... energetic but calm? premium but not expensive looking. idk, vibes. go for it",
    ),
    (
        "en",
        "endless_revisions",
        "Ok so after looking at v7 we think v1 was actually the strongest. Can we go back to that but with the colors from v4 and the font from v6?",
    ),
    (
        "en",
        "ignores_advice",
        "yes yes I read your email about contrast and accessibility. keep the light grey text on the white background, it's our brand.",
    ),
    (
        "en",
        "reasonable",
        "Sent you a little bonus via PayPal, you saved our launch last week. It's not for anything, don't invoice it 🙏",
    ),
    (
        "en",
        "vague_brief",
        "Hi! Need a logo for my business. Not sure about colors or style, surprise me 😄 The name is still TBD btw",
    ),
    (
        "en",
        "price_pressure",
        "Hi Jordan,\n\nThanks for the detailed proposal. We went over it internally. Your quote came in at $4,800 and another agency quoted us $1,900 for what looks like the same thing. We'd honestly prefer to work with you, so if you can match their number we can sign this week. Otherwise we'll have to go with them.\n\nRegards,\nMike",
    ),
    (
        "en",
        "ignores_advice",
        "I know you said autoplay music is bad for UX, but my wife loves the song, so please make it autoplay on every page. loud.",
    ),
    (
        "en",
        "ignores_advice",
        "Saw your note recommending daily backups before the plugin update. Don't bother, the host does that I think. Just run the update today and don't bill us for it.",
    ),
    (
        "en",
        "outside_expertise",
        "Love the App Store description! Could you now build the actual iOS app? How hard can it be",
    ),
    (
        "en",
        "ignores_advice",
        "I hear you on the Comic Sans thing but I've used it for 20 years and customers know it. Use it for the whole rebrand please.",
    ),
    (
        "en",
        "endless_revisions",
        "client after 'final_FINAL_v12.psd': 'almost there!! can we try it in 5 more color combos and then decide?' 🙃",
    ),
    ("en", "reasonable", "can u resend the figma link? cant find it anywhere"),
    (
        "en",
        "reasonable",
        "Could you add me as an owner on the Search Console property? My email is d.kowalski@brightlane.io",
    ),
    (
        "en",
        "always_available",
        "Please keep WhatsApp notifications on over the weekend, the CEO might have comments Saturday and he hates waiting.",
    ),
    (
        "en",
        "reasonable",
        "Before we share the product details, would you be ok signing an NDA? Standard mutual one, attached. Happy to adjust it if your lawyer has comments.",
    ),
    (
        "en",
        "unethical_request",
        "Need you to translate this diploma and change the grade to 'distinction' while you're in there, the embassy won't check",
    ),
    (
        "en",
        "reasonable",
        "Invoice #2231 was approved by finance this morning, payment goes out Friday per our net-15 terms. Thanks again for turning the deck around so fast!",
    ),
    (
        "en",
        "outside_expertise",
        "Since you're doing our website, could you also draft the terms & conditions and privacy policy? Just make sure they're legally GDPR compliant.",
    ),
    (
        "en",
        "reasonable",
        "Hey! Loved the first draft. Would you be open to a monthly retainer, something like 8-10 blog posts? What would you charge for that?",
    ),
    (
        "en",
        "guaranteed_outcome",
        "We need a guarantee that the new website will double our online sales within 6 months. Can you put that in the contract?",
    ),
    (
        "en",
        "vague_brief",
        "just something clean and modern, you know? like apple but warmer. you're the designer",
    ),
    (
        "en",
        "late_payment",
        "Hi Ana,\n\nThe translations are great, the team in Stuttgart was really happy with them. We're processing your invoice now.\n\nJust a note that our company policy changed this quarter and all supplier invoices are now on 120-day terms, so you can expect payment around early September. This applies to all vendors, so unfortunately we can't make exceptions.\n\nLet us know if you have any questions.\n\nKind regards,\nProcurement Team",
    ),
    (
        "en",
        "guaranteed_outcome",
        "How many leads will the ads bring? We need at least 200 qualified leads a month, can you commit to that in writing?",
    ),
    (
        "en",
        "scope_creep",
        "Hi Sam,\n\nThanks for the draft of the white paper, the team is reviewing it now and the first reactions are positive.\n\nA couple of things for the next version: our CEO wants a short executive summary at the top, and we'll need a LinkedIn carousel version plus 3 blog posts derived from it. Also the sales team asked if you could turn it into a 10-slide deck for their calls. All of that is part of the white paper package as far as I'm concerned, it's the same content after all.\n\nLet me know when we can expect v2.\n\nCheers,\nOlivia",
    ),
    (
        "en",
        "reasonable",
        "We're going to need Spanish subtitles as well. I know that wasn't in the original quote — can you tell me how much extra and how many days it adds?",
    ),
    (
        "en",
        "always_available",
        "I'd like an update every hour on progress please, even just a quick msg saying where you're at",
    ),
    (
        "en",
        "guaranteed_outcome",
        "can you promise it'll hit at least 500k views in the first week? thats what we need to justify the spend to the board",
    ),
    (
        "en",
        "reasonable",
        "Hi Leo,\n\nHope the move went well! Just catching you up on our side: we had the quarterly review last week and the newsletter numbers look good, open rate is up to 41% since you took over the copy, so the team is very happy. We're also hiring a second marketing person in May, so you might see a new name in the threads.\n\nOne admin thing — going forward could you send invoices directly to me rather than to the general info@ address? They keep getting buried in there and I don't want you waiting on money because of our inbox.\n\nOther than that, the April topics are in the planning doc as usual. Shout if anything's unclear.\n\nBest,\nHannah\nMarketing Lead | Greenwell Outdoor\n+44 7700 900412",
    ),
    (
        "id",
        "scope_creep",
        "Kak logonya udah oke bgt 😍 Sekalian bikinin kartu nama, kop surat, sama template IG ya, kan masih satu paket branding 😁",
    ),
    (
        "id",
        "endless_revisions",
        "Kak, kayaknya balik ke versi pertama aja deh. Tapi fontnya yg versi 5, warnanya yg versi 3. Trus coba 3 alternatif lagi ya biar bisa bandingin",
    ),
    (
        "id",
        "always_available",
        "Kak kok chat aku gak dibales2?? Udah 10 menit loh. Aku butuh respon cepet ya, walaupun malem atau weekend",
    ),
    (
        "id",
        "vague_brief",
        "Pokoknya desainnya yang kekinian aja kak, warna bebas, konsep bebas. Yang penting keren lah",
    ),
    ("id", "reasonable", "Mbak file final-nya bisa dikirim dalam format PDF sama JPG ya? Makasih"),
    (
        "id",
        "late_payment",
        "Maaf gan bulan ini lagi seret bgt, pelunasannya bulan depan ya. Atau kalo mau dicicil 3x aja",
    ),
    (
        "id",
        "guaranteed_outcome",
        "Mas, pokoknya abis di-SEO website kami harus ranking 1 buat keyword 'jasa renovasi rumah jakarta' dalam sebulan ya. Bisa dijamin kan?",
    ),
    (
        "id",
        "free_work",
        "Halo kak, sebelum deal kita minta contoh desain feed IG 9 post dulu ya buat lihat cocok apa nggak. Kalau cocok baru kita lanjut project berbayar.",
    ),
    (
        "id",
        "unethical_request",
        "Gan, bisa bikinin 100 review bintang 5 di Google Maps buat resto kami? Pake akun beda2 biar gak ketahuan",
    ),
    (
        "id",
        "reasonable",
        "Mas, meeting Senin bisa diundur ke Selasa jam yg sama gak? Bos saya ada acara mendadak. Maaf ya baru ngabarin",
    ),
    (
        "id",
        "late_payment",
        "Selamat siang Bapak Rizky,\n\nTerima kasih atas hasil kerjanya, tim kami sangat puas.\n\nTerkait pembayaran termin kedua, sesuai kebijakan perusahaan kami, pembayaran ke vendor baru dapat dilakukan setelah klien kami melunasi tagihannya kepada kami. Biasanya memakan waktu sekitar 2–3 bulan. Mohon pengertiannya.\n\nSalam,\nDewi\nFinance Dept.",
    ),
    (
        "id",
        "price_pressure",
        "Kak 3jt kemahalan ah, temen aku bisa 500rb aja. Bisa nego jadi 700rb gak?",
    ),
    (
        "id",
        "reasonable",
        "Selamat pagi Pak Arif,\n\nDP 50% sudah saya transfer ke rekening BCA tadi pagi sesuai kontrak. Bukti transfer terlampir. Ditunggu kabar selanjutnya untuk jadwal kick-off.\n\nTerima kasih,\nNadia – PT Sinar Cahaya Abadi",
    ),
    (
        "id",
        "reasonable",
        "Kak, invoice-nya udah di-approve finance ya. Transfer hari Jumat sesuai jadwal. Makasih banyak 🙏",
    ),
    (
        "id",
        "scope_creep",
        "Mas, aplikasinya ternyata harus bisa dipake offline juga, plus ada fitur chat antar user. Harga sama deadline tetep ya, kan cuma nambah dikit",
    ),
    (
        "id",
        "reasonable",
        "Ini revisi ronde ke-2 ya kak sesuai paket, catatannya aku lampirin di PDF. Santai aja, minggu depan juga gapapa",
    ),
    (
        "id",
        "unrealistic_deadline",
        "kak bisa gak bikinin website toko online lengkap sama payment gateway, besok pagi udah harus jadi? soalnya mau ikut promo 12.12 🙏",
    ),
    (
        "id",
        "unrealistic_deadline",
        "Gan, video company profile 5 menit, footage belum diambil sama sekali, bisa kelar Sabtu ini? Acaranya Minggu pagi.",
    ),
    (
        "id",
        "price_pressure",
        "Mbak, budget kami cuma 1,5 juta buat 30 artikel SEO @1000 kata. Bisa ya? Kan lumayan buat nambah-nambah 😊",
    ),
    (
        "id",
        "reasonable",
        "Halo kak, aku nemu portofolio kakak di IG. Lagi buka slot buat project desain kemasan kopi gak bulan ini? Nanti aku kirim brief-nya",
    ),
    (
        "id",
        "reasonable",
        "Gan, kalau mau tambah 1 halaman lagi (halaman karir) kira2 biayanya berapa ya? Buat budget bulan depan aja, gak buru2",
    ),
    (
        "id",
        "free_work",
        "Kak bantuin dong bikin undangan nikahan adikku, gratis ya kan kita udah kenal lama hehe. Nanti aku promosiin ke temen2 deh",
    ),
    (
        "id",
        "vague_brief",
        "Bikinin caption buat IG kita sebulan ya kak. Temanya terserah, target pasarnya semua umur.",
    ),
    (
        "id",
        "reasonable",
        "Kak, kalau mau express 2 hari kena biaya tambahan berapa? Gapapa kok kalau ada extra charge, yang penting keburu buat launching tgl 10. Kalau gak bisa juga gpp, jadwal awal masih aman",
    ),
    (
        "ru",
        "always_available",
        "Заказчик сегодня выдал: «Договоримся так: отвечаете в телеге в течение 10 минут, включая выходные. Нам так удобнее». Проект на 5 часов в неделю, если что 🙃",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день, Марина!\n\nВысылаю второй раунд правок, как и прописано в договоре. Там немного, в основном тексты на слайдах 3–5 и старый логотип на обложке.\n\nСрочности нет, до конца следующей недели вполне ок.\n\nС уважением,\nИгорь",
    ),
    (
        "ru",
        "reasonable",
        "Привет) а сколько будет стоить добавить ещё одну страницу — с отзывами? Не срочно, просто прикидываю бюджет на следующий месяц",
    ),
    (
        "ru",
        "reasonable",
        "Если получится сделать быстрее, к 15-му, — мы готовы доплатить за срочность. Сколько это будет стоить? Если нет, ничего страшного, остаёмся на 22-м.",
    ),
    (
        "ru",
        "outside_expertise",
        "Раз уж вы нам сайт делали — посмотрите заодно договор с поставщиком? Юриста у нас нет, а вы вроде разбираетесь",
    ),
    (
        "ru",
        "late_payment",
        "Слушай, с деньгами сейчас туго, давай в следующем месяце закроем. Ну или частями",
    ),
    (
        "ru",
        "scope_creep",
        "Добрый день, Андрей!\n\nСпасибо за перевод, всё отлично. Нашли ещё 15 документов, которые забыли вложить в первый раз, — это та же серия договоров, так что, думаю, войдёт в ту же сумму. Срок прежний, до пятницы.\n\nС уважением,\nОльга Сергеевна",
    ),
    (
        "ru",
        "reasonable",
        "Слушай, можно созвон с понедельника перенести на вторник? У меня тут форс-мажор. Извини, что в последний момент",
    ),
    (
        "ru",
        "ignores_advice",
        "Я понимаю, что вы про бэкапы говорите, но не надо, это лишние деньги. Просто обновите всё прямо на живом сайте.",
    ),
    (
        "ru",
        "late_payment",
        "Оплату остатка проведём, когда сайт поработает месяц-другой без косяков, ок?",
    ),
    (
        "ru",
        "reasonable",
        "Добрый вечер! Извините, что в выходной пишу — отвечать сейчас не нужно. Просто чтобы не забыть: заказчик утвердил раскадровку 🎉",
    ),
    (
        "ru",
        "always_available",
        "Почему трубку не берёте? Я звоню с 23:00. Мне нужно срочно обсудить цвет кнопки",
    ),
    (
        "ru",
        "reasonable",
        "Здравствуйте! Увидела ваше портфолио на Behance. Берёте ли вы сейчас проекты по упаковке? Могу прислать ТЗ",
    ),
    (
        "ru",
        "price_pressure",
        "Дороговато... У нас на фрилансе ребята за 5к такое делают, а вы 25 просите. Давайте за 7 и по рукам?",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день! Счёт согласовали, оплата уйдёт в пятницу, как договаривались.",
    ),
    (
        "ru",
        "scope_creep",
        "Логотип супер! И раз уж вы в теме — сделайте ещё визитки, бланк и пару шаблонов для сторис, это же всё в рамках айдентики, правда?",
    ),
    (
        "ru",
        "endless_revisions",
        "Короче, посмотрели восьмую версию, и всё-таки первая была лучше. Давайте к ней вернёмся, но с цветами из пятой. И ещё пару вариантов для сравнения",
    ),
    (
        "ru",
        "free_work",
        "Прежде чем заключить договор, сделайте, пожалуйста, тестовое: переведите эти 10 страниц. Если понравится — дадим большой проект.",
    ),
    (
        "ru",
        "unrealistic_deadline",
        "Нужен интернет-магазин на 200 товаров с интеграцией 1С. Сдать надо завтра к обеду, успеете?",
    ),
    (
        "ru",
        "unethical_request",
        "Фотки возьмите с сайта конкурентов, у них лучше. Водяные знаки только уберите",
    ),
    (
        "ru",
        "unrealistic_deadline",
        "короче презентация для инвесторов через 2 часа, надо переделать все 40 слайдов. погнали?",
    ),
    ("ru", "reasonable", "скинь пожалуйста ссылку на фигму ещё раз, не могу найти"),
    (
        "ru",
        "ignores_advice",
        "Да знаю я, что мелкий шрифт плохо читается. Оставьте 9 кегль, так элегантнее.",
    ),
    (
        "ru",
        "price_pressure",
        "Мы стартап, денег пока мало. Сделаете за половину? Потом будет много заказов, обещаю",
    ),
    (
        "ar",
        "always_available",
        "ليش ما ترد؟ أتصل عليك من ساعة! حتى لو الساعة ١٢ بالليل لازم ترد، احنا عملاء",
    ),
    (
        "ar",
        "unethical_request",
        "نحتاج إلى ٥٠ تقييماً إيجابياً على متجرنا في جوجل بأسماء مختلفة، وسندفع لك مقابل كل تقييم.",
    ),
    (
        "ar",
        "reasonable",
        "نرغب في استلام الفيديو قبل الموعد بأسبوع إن أمكن، ونحن مستعدون لدفع رسوم إضافية مقابل الاستعجال. ما التكلفة؟ وإن لم يكن ذلك ممكناً فلا بأس بالموعد الأصلي.",
    ),
    (
        "ar",
        "outside_expertise",
        "بما إنك عملت لنا الموقع، ممكن تشوف لنا موضوع الضرايب والإقرار السنوي؟ المحاسب سابنا",
    ),
    ("ar", "reasonable", "أرسلت لك ملفات الشعار ودليل الهوية، بلغني إذا تحتاج شي ثاني عشان تبدأ"),
    (
        "ar",
        "guaranteed_outcome",
        "نريد ضماناً مكتوباً بأن الحملة الإعلانية ستحقق ١٠٠٠ عميل محتمل شهرياً على الأقل.",
    ),
    (
        "ar",
        "price_pressure",
        "إحنا ميزانيتنا ٢٠٠٠ جنيه بس للموقع كله و٢٠ صفحة، ينفع؟ واعتبرها بداية تعاون طويل",
    ),
    (
        "ar",
        "reasonable",
        "ممكن نأجل الكول بتاع الاتنين ليوم التلات نفس المعاد؟ عندي ظرف طارئ. آسف إني بقولك متأخر",
    ),
    (
        "ar",
        "reasonable",
        "السلام عليكم، شفت أعمالك على بيهانس وعجبتني. متاح لمشروع هوية بصرية لمطعم صغير في الرياض الشهر الجاي؟",
    ),
    (
        "ar",
        "late_payment",
        "سنقوم بسداد المبلغ المتبقي بعد أن يسدد العميل النهائي مستحقاتنا، وعادةً ما يستغرق ذلك ثلاثة أشهر.",
    ),
    (
        "ar",
        "scope_creep",
        "اللوجو حلو جداً 👌 وبالمرة اعملنا الكروت والليترهيد وكام تمبلت للسوشيال، كله تبع الهوية يعني",
    ),
    ("ar", "late_payment", "والله هالشهر ضاغط علينا، خل الدفعة الشهر الجاي إن شاء الله"),
    (
        "ar",
        "unrealistic_deadline",
        "أبي الموقع كامل مع المتجر والدفع الإلكتروني جاهز بكرة الصبح، عندنا إطلاق. تقدر؟",
    ),
    (
        "ar",
        "scope_creep",
        "الأستاذ كريم المحترم،\n\nتحية طيبة وبعد،\n\nنشكركم على النسخة التجريبية من التطبيق، وقد نالت إعجاب الإدارة. وبناءً على اجتماع الأمس، نود إضافة نسخة باللغة الإنجليزية ولوحة تحكم للمشرفين ضمن نطاق العقد الحالي، مع الإبقاء على موعد التسليم المتفق عليه في نهاية الشهر.\n\nوتفضلوا بقبول فائق الاحترام،\nم. سارة العتيبي\nمديرة المشاريع",
    ),
    (
        "ar",
        "reasonable",
        "دي الجولة التانية من التعديلات زي ما متفقين في العقد. مفيش استعجال، براحتك الأسبوع الجاي",
    ),
    (
        "ar",
        "price_pressure",
        "السعر مرة غالي، فيه واحد عطاني نفس الشغل بـ ٥٠٠ ريال. تنزل لي لـ ٦٠٠؟",
    ),
    (
        "ar",
        "guaranteed_outcome",
        "الفيديو لازم يضرب ويعمل مليون مشاهدة في أول أسبوع، تقدر تضمنلي ده؟",
    ),
    (
        "ar",
        "reasonable",
        "هلا، كم تكلفة إضافة صفحة جديدة للموقع؟ مو مستعجلين، بس نبي نعرف عشان ميزانية الشهر الجاي",
    ),
    (
        "ar",
        "reasonable",
        "تحية طيبة، تمت الموافقة على الفاتورة رقم 118 وسيتم التحويل يوم الخميس حسب الاتفاق. شكراً لجهودكم.",
    ),
    (
        "ar",
        "free_work",
        "قبل ما نتفق عايزين تعملنا ٣ تصميمات لوجو كتجربة، لو عجبنا واحد نكمل معاك وندفع",
    ),
    (
        "ar",
        "unrealistic_deadline",
        "محتاجين ترجمة الكتاب كله (٣٠٠ صفحة) لحد يوم الحد، عشان المطبعة يوم الاتنين",
    ),
    ("ar", "vague_brief", "أبي تصميم حلو وعصري، الألوان والستايل على ذوقك، أنت المصمم"),
    # ------------------------------------------------ batch D6 (2026-11-23)
    # 180 more, written blind by another writer after the fourth pass (professions and
    # forms not seen before: photographers, musicians, architects, forum dialogues).
    # Measured before the fifth-pass patterns were written from its failures: all F1
    # .865 / flagged .100 / type .742; en .868/.108/.740, id .867/.125/.812,
    # ru .867/.125/.688, ar .846/.000/.733.
    (
        "en",
        "always_available",
        'My client texted me at 7am on Christmas morning: "Merry Xmas!! Quick call in 10? Want to go over Q1 campaign ideas." Then sulked for two days because I didn\'t pick up.',
    ),
    (
        "en",
        "reasonable",
        "hey! we'd like to add an events calendar to the site at some point. I know it wasn't in the original scope so could you quote it separately? no pressure on timing, it can totally wait until after launch",
    ),
    (
        "en",
        "vague_brief",
        "Hi! We need a 3D thing for the hero section of our website. Something cool that moves. I'll send references when I find some, but you're the artist so go with your gut",
    ),
    (
        "en",
        "unrealistic_deadline",
        'Client: "we need 24 fully painted spreads for the picture book"\nMe: "happy to, for that many my usual timeline is 3-4 months"\nClient: "oh the printer slot is booked for the 12th"\nIt is the 2nd.',
    ),
    (
        "en",
        "unrealistic_deadline",
        "Hi!! Would it be possible to get ALL the edited photos by Sunday evening? The wedding is Saturday and loads of guests fly home Sunday night so we'd love to share the whole album before they leave 🥰 around 1500 photos I think",
    ),
    (
        "en",
        "scope_creep",
        "hey! the sales dashboard is perfect 👏 could you also pull in the marketing data? and finance want their own view with P&L. oh and it should refresh automatically from the ERP. end of week as planned is fine 🙏",
    ),
    (
        "en",
        "reasonable",
        "Hello! Love your portfolio. Are you available Saturday 6 September for a small garden wedding in Kent, roughly 60 guests? Could you send over your packages? Thanks, Ellie",
    ),
    (
        "en",
        "endless_revisions",
        "Hi Anna,\n\nI know we're past the 3 rounds in the contract (this is round 9 I think 😅) but our CEO now wants to go back to the very first sketch, with the colours from round 5 and the character pose from round 7. Should be quick since you have all the files!\n\nThanks,\nBen",
    ),
    (
        "en",
        "always_available",
        "Joy why haven't you answered?? I sent that 11 minutes ago. I need you reachable at all times, evenings included. That's what I'm paying you for.",
    ),
    (
        "en",
        "reasonable",
        "Hi Sofia, would it be ok to reschedule Thursday's site visit? Our builder has dropped out that day. Next Tuesday or Wednesday morning would work for us. Sorry for the short notice — if your terms include a late-cancellation fee please just add it to the next invoice.",
    ),
    (
        "en",
        "reasonable",
        "Hi, attached is our user manual (42 pages, DE → EN, mostly technical with some marketing copy at the start). Could you send a quote and an estimated delivery date? We don't have a hard deadline.",
    ),
    (
        "en",
        "unethical_request",
        "Can you write 50 five-star Google reviews for our restaurant from different accounts? Vary the names and writing style so it looks natural.",
    ),
    (
        "en",
        "endless_revisions",
        "ok new direction 🙏 forget the trap beat, we want acoustic folk now. same lyrics so it still counts as the same revision right?",
    ),
    (
        "en",
        "endless_revisions",
        'Client: "Can you change it back to how it was in v3?"\nMe: "Sure, that would be revision 14, we agreed on 2."\nClient: "These aren\'t revisions, they\'re tweaks."',
    ),
    (
        "en",
        "ignores_advice",
        "No need for a staging site or backups, just update the plugins directly on the live site. Backups are a scam hosting companies use to charge more.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "Can you promise he'll get an A* in GCSE maths? We're paying a lot, so we need a guarantee, otherwise we'll want the money back.",
    ),
    (
        "en",
        "reasonable",
        "hey! our intern accidentally deleted Friday's scheduled post 🤦\u200d♀️ not your fault at all. could you put it back up for Tuesday? if that's outside the monthly package just add the time to the invoice",
    ),
    (
        "en",
        "reasonable",
        'Does this help with pronunciation? "Nguyen" is said like "win", and "Aoife" is "EE-fa". Thanks!',
    ),
    (
        "en",
        "reasonable",
        "Hi Priyanka, invoice INV-0031 has been approved and will go out in our payment run on the 30th (net 30 as agreed). If it hasn't landed by 2 Oct just ping me and I'll chase accounts. Thanks for the great work on the churn model!",
    ),
    (
        "en",
        "reasonable",
        "Just paid invoice #214 and added £50 on top as a thank you for turning the landing page around so quickly last week. The team was really impressed. Have a drink on us 🍻",
    ),
    (
        "en",
        "reasonable",
        "Which format do you prefer for the reference models, FBX or OBJ? We can export either.",
    ),
    (
        "en",
        "reasonable",
        "hi Dana!! small change - the venue just told us the ceremony is moving from 2pm to 3:30 on the 14th 🙈 I know your package is 8hrs starting at 12. if you end up staying later just let us know the overtime rate and we'll add it to the final invoice, totally fine with us",
    ),
    (
        "en",
        "late_payment",
        "Invoice is 65 days overdue. Client's latest email: \"We're not going to pay the remaining balance until the app hits 1,000 users. If you believe in the product you should be fine with that.\" The contract says payment on delivery.",
    ),
    (
        "en",
        "endless_revisions",
        "hey so the team looked at it again and we want to go back to the layout from before the redesign, but keep the new colours and the fonts from the March version. sorry I know we signed off last week 🙈",
    ),
    (
        "en",
        "reasonable",
        "Subject: Contract – small edits\n\nHi Jamal,\n\nHope the conference went well! We've finally got everything together on our side. The marketing team has signed off on the 6-month roadmap you sent, and Rachel from product will be your contact for anything technical, she's cc'd here.\n\nOur lawyer went through the agreement last week and suggested two small changes to the termination clause (attached with tracked changes) — basically 30 days' notice on both sides instead of 14, and making it explicit that any work completed before termination gets paid in full. Could you have a look and let us know whether that works for you, or if you'd rather hop on a call to discuss? Nothing else in the contract changes.\n\nOnce that's settled we can sign via DocuSign and get the first invoice paid this month.\n\nAlso, the office is closed from the 23rd to the 2nd, so if there's anything you need from us, before the 20th would be ideal.\n\nThanks,\nMegan Ortiz\nHead of Marketing | Brightline Dental Group\n+44 20 7946 0321",
    ),
    (
        "en",
        "reasonable",
        "Hi Elena, photos of the living room are in the Dropbox folder plus the measurements you asked for. Ceiling height is 2.65m, window wall is 4.2m. Let us know if you need anything else before the first concept.",
    ),
    (
        "en",
        "reasonable",
        "just sent the stems via wetransfer, 24bit/48k. lmk if anything's missing or corrupted",
    ),
    (
        "en",
        "free_work",
        "yo im making an indie roguelike w a team of 6, looking for a programmer to build the whole combat system. rev share 5% if it sells. we're all doing it for the love of the game 🎮",
    ),
    (
        "en",
        "reasonable",
        "hiya could we do Wednesday at 5 instead of 4 this week? football training ran over",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Subject: URGENT - new website\n\nHi,\n\nWe need a full e-commerce site: about 300 products, Stripe and PayPal, filters by size/colour/brand, and a members area with discounts. Our launch party is Friday at 6pm and today is Tuesday. Product photos and descriptions are ready in a spreadsheet. Budget is not a problem.\n\nCan you confirm today that it will be live for Friday?\n\nRegards,\nDimitri",
    ),
    (
        "en",
        "reasonable",
        "Hi Ms Patel, Aiden's mock exam got moved to the 20th so we'd love to squeeze in an extra session that week if you have space. Same rate? If you're fully booked no worries at all, we'll manage.",
    ),
    (
        "en",
        "price_pressure",
        "Dear Ms. Weber,\n\nThank you for your quotation of €0.12 per word for the Annual Report project.\n\nPlease note that under our updated vendor policy, all language service providers are now required to apply the following grid: 100% matches and repetitions are not paid, fuzzy matches of 75-99% are paid at 20%, and new words are paid at a flat €0.06. In addition, a volume discount of 15% applies to all projects above 5,000 words.\n\nKindly confirm your acceptance of these revised terms by return email so we can issue the PO.\n\nBest regards,\nProcurement Team",
    ),
    (
        "en",
        "endless_revisions",
        "We got the gallery, thanks. Could you re-edit all 700 in a different style? We found a preset on TikTok we like more. Then we'll compare with the current ones and decide, we might go back.",
    ),
    (
        "en",
        "ignores_advice",
        "We're skipping QA for this release. Users will tell us if something breaks. Push to production tonight please.",
    ),
    (
        "en",
        "late_payment",
        "sorry man forgot the invoice again 😅 bank blocked my card, will send next week for sure. or the one after. btw can you send the monthly report today",
    ),
    (
        "en",
        "guaranteed_outcome",
        "The contract needs a clause saying the game will hit the top 10 in the App Store Games chart within 30 days of launch. Our investors need that commitment.",
    ),
    (
        "en",
        "outside_expertise",
        "Since you handle my inbox anyway, could you do my self-assessment tax return? It's just a few receipts and the freelance income.",
    ),
    (
        "en",
        "reasonable",
        "Here's the content calendar for May. I've left comments on 3 posts where we'd like your input on the captions. Brand colours file is in the shared folder.",
    ),
    (
        "en",
        "free_work",
        "Hi love, it's Rachel, your mum's friend from book club! My Katie is getting married in June and I told her you'd be happy to do the photos as your gift to them, since you're practically family. There'll be lovely food! x",
    ),
    ("en", "reasonable", "sorry what's the admin login url again? lost the email 🙃"),
    (
        "en",
        "scope_creep",
        "So this client booked me for a 60-second explainer. Session done, files delivered, invoice sent. Next morning: \"Great! We've got 14 more modules for the e-learning course, could you record those under the same booking since you've already got the voice set up?\" Same. Booking. Fourteen modules.",
    ),
    (
        "en",
        "outside_expertise",
        "Love your voice! You've got a studio, so could you also mix and master our band's album? Only 12 tracks.",
    ),
    (
        "en",
        "unethical_request",
        'When you translate the diploma, please change the grade from "satisfactory" to "excellent". Nobody compares it to the original.',
    ),
    (
        "en",
        "guaranteed_outcome",
        'We\'ll sign the 6-month contract if you can guarantee we outrank our three main competitors for "dentist Leeds" by March. If not, full refund. Deal?',
    ),
    (
        "en",
        "reasonable",
        "Morning Joy! Deposit sent via Wise today, €400 as per our agreement, remaining half on completion. Could you confirm once it's arrived? Sometimes it takes a day.",
    ),
    (
        "en",
        "reasonable",
        "Hi Kev, we need to bump the order from 200 to 350 tees (same design, size breakdown attached). I know that changes the quote so please send an updated one. Delivery can slip a few days if needed, the race isn't until 18 May.",
    ),
    (
        "en",
        "outside_expertise",
        "Could you also do the structural calculations for taking out the load-bearing wall between the kitchen and dining room? We'd rather not bring in an engineer, you know the space.",
    ),
    (
        "en",
        "reasonable",
        "@channel given how rough the last milestone was I want to be clear: nobody is expected to work over the holidays. M4 moves to Jan 15, and the M3 payment still goes out on the 20th as planned. Enjoy the break, seriously.",
    ),
    (
        "en",
        "price_pressure",
        "Hi, your profile says £45 an hour. Would you do £20? She's only in Year 8 so it's not like it's advanced maths",
    ),
    (
        "en",
        "reasonable",
        "Thanks for the audit, really clear. Could we book a call next week to go through the priorities? Tuesday or Thursday afternoon works for me.",
    ),
    (
        "en",
        "free_work",
        "heyyy we're launching a streetwear brand and would LOVE your art on our first drop 🔥 can't pay rn since we're just starting but we'll tag you on every post and our pages get a lot of traffic ✨",
    ),
    (
        "en",
        "unethical_request",
        "Go ahead and buy us 20k followers and some comments from that site, then post that the gummies cure anxiety. It's Instagram, nobody's going to fact-check a caption.",
    ),
    (
        "en",
        "free_work",
        "We're pitching for a major car brand next week. Could you record the full 60s spot plus three alternative reads for the pitch? There's no fee for pitch work, but if we win you'll be first in line for the job.",
    ),
    (
        "en",
        "price_pressure",
        "Your proposal is $6,800. I have another dev who quoted $900 for the same features. Can you match that? If yes we can start tomorrow.",
    ),
    (
        "en",
        "unethical_request",
        "---------- Forwarded message ---------\nFrom: Greg Lawson <greg@northpeak.io>\nDate: Thu, 3 Oct 2024 at 18:12\nSubject: Q3 deck\nTo: Nadia Reyes <nadia@northpeak.io>\n\nNadia, the churn number kills us. Get the analyst to fix it.\n\n----\n\nHi Kemal, see Greg's note above 🙃 Context: the investor update goes out Monday. Q3 churn came out at 9.2% using the method we agreed. Could you adjust the calculation so it lands under 5%? Exclude whichever cohorts you need to, and maybe don't footnote it. Thanks! Nadia",
    ),
    (
        "en",
        "reasonable",
        "Hi Grace! Our client came back asking for a 15s cutdown with a different script (attached). I'm assuming that's a new session rather than a pickup — what would you charge for it? Same usage terms as the 30s.",
    ),
    (
        "en",
        "unethical_request",
        "Can you put my holiday in Bali through the books as business travel? Label it as client meetings, the accountant never checks.",
    ),
    (
        "en",
        "price_pressure",
        "Hi Jamal, great profile. We're a funded startup but honestly $1,500/month for SEO is steep. Could you do $200/mo? We'd be a great long-term client and could refer you to our portfolio companies.",
    ),
    (
        "en",
        "free_work",
        "Hi! I'm building an app for dog owners 🐶 Would you be up for running a few user interviews and writing up the findings? No budget at the moment, but it'd make a cool case study for your portfolio!",
    ),
    (
        "en",
        "free_work",
        "Before hiring, we ask all candidates to write a complete 1,500-word blog post on a topic of our choosing. This test is unpaid. We reserve the right to publish submitted articles on our blog.",
    ),
    (
        "en",
        "ignores_advice",
        "I know you recommended converting to imperial and MM/DD for the US edition, but leave everything metric. Americans will figure it out and our CEO prefers it that way.",
    ),
    (
        "en",
        "reasonable",
        "hola! do you do embroidery or just screen print? looking at caps for our running club, around 40. gracias",
    ),
    (
        "en",
        "reasonable",
        "Quick question — the brief says 4K renders but we've realised we only need 1080p for the website. Does that change the price or the timeline at all? Just want to make sure we're only paying for what we actually use 😅",
    ),
    (
        "en",
        "always_available",
        "[02:47] you up?\n[02:49] need to talk about the homepage\n[02:58] ???\n[03:15] ok call me first thing, 6am latest",
    ),
    (
        "en",
        "reasonable",
        "yo the mix is sounding sick. pretty sure we're on revision 2 of 3? only notes: vocals up like 1dB in the chorus and the snare gets a bit harsh around 2:40. that's literally it, then we're good to master",
    ),
    (
        "en",
        "always_available",
        "Going forward please send me a screenshot of the analytics every 2 hours, Saturdays and Sundays included. I like to keep a close eye on things.",
    ),
    (
        "en",
        "scope_creep",
        "Hi Laura, as you know the agreed scope is the kitchen extension. My husband would now also like the downstairs bathroom and the garden room in the plans. We assumed your fee covered the whole ground floor anyway, so hopefully that's not an issue?",
    ),
    (
        "en",
        "reasonable",
        "Subject: Re: Fox & Moon – sketches v1\n\nHi Marcus,\n\nThanks so much for these. Per the contract we've got two revision rounds, so please count this as round one. Our notes:\n\n1. Could the fox's tail be a bit fuller? At thumbnail size it reads as a cat.\n2. We'd like to swap the teal background for the warmer palette from option B.\n\nEverything else is spot on. March 8 is still fine for finals on our side.\n\nBest,\nHannah\n\n> On Mon, Feb 10, Marcus Lind wrote:\n> Hi Hannah, attached are three sketch directions for the cover...",
    ),
    (
        "en",
        "outside_expertise",
        "Since you know our users so well now, could you set up our Google Ads campaigns and manage the monthly budget?",
    ),
    (
        "en",
        "unrealistic_deadline",
        "Good afternoon, please find attached a 180-page maintenance manual (EN>DE). Our customer needs the translation by tomorrow 09:00 CET as it goes straight to the TÜV auditor, so quality must be perfect. Kindly confirm asap.",
    ),
    (
        "en",
        "endless_revisions",
        "Round 6 feedback attached (47 comments). Mostly small stuff. The client also wants to revisit the materials we locked in round 2.",
    ),
    (
        "en",
        "reasonable",
        "Hi Priya — I lead product at a small fintech in Lisbon. We're planning 8–10 user interviews on our onboarding flow next quarter and your name came up twice. Would you be open to a 20-min call next week to see if it's a fit?",
    ),
    (
        "en",
        "reasonable",
        "Hey Leo — some news. We've been offered a slot at the investor day on the 9th, which is about two weeks earlier than our TestFlight milestone. Is there any realistic way to get a stable build by then? We'd pay a rush fee for the extra hours, and if it's not doable without cutting corners just say so and we'll demo the Figma prototype instead. Honest answer please, no pressure either way.",
    ),
    (
        "en",
        "outside_expertise",
        "Could you also draft our terms & conditions and privacy policy? It's just writing, and you're the writer 😄",
    ),
    (
        "en",
        "scope_creep",
        "Thanks for the homepage, it looks great! Since the theme is set up now, could you also build out the blog, the shop page and hook up Mailchimp? Should go quickly now that the hard part's done. Let's keep it in the same milestone.",
    ),
    (
        "en",
        "scope_creep",
        "Hi Tom,\n\nThank you for the first batch, the team loved the tone. The descriptions for the five hero products are exactly what we were after, and Sarah said it's the first time anyone has nailed the \"calm but confident\" thing.\n\nA bit of context: we're relaunching the website at the end of the month, and it would feel odd if only those five pages had the new voice. So we'd like you to also rewrite the About page, the FAQ (about 30 questions) and the intros for our 12 category pages so everything is consistent. We'd still need it all by the 28th, which was the original date, as the dev team is locked in.\n\nI've shared the current copy in the Google Doc. Let me know if you have any questions about the brand guidelines, I know the PDF is a bit out of date.\n\nCheers,\nSophie\nBrand Manager, Oakleaf Home",
    ),
    (
        "en",
        "reasonable",
        "Hi Joy, could you set up a shared Google Calendar for me and the two new hires? Their emails are below. Thanks!\n\nmark.d@fernhill.co\naisha.k@fernhill.co",
    ),
    (
        "en",
        "ignores_advice",
        "We don't want to set up redirects for the migration, sounds like a lot of hours for something nobody sees. Just launch the new URLs and Google will sort itself out.",
    ),
    (
        "en",
        "reasonable",
        "Dear Ms. Okafor,\n\nWould it be possible to also provide a certified copy of the translation for the embassy? Happy to pay the additional fee, please just let me know the amount before you go ahead.\n\nKind regards,\nT. Brennan",
    ),
    (
        "en",
        "reasonable",
        "The board meeting moved up to Tuesday, so ideally we'd have the dashboard Monday instead of Wednesday. If that's not realistic, totally fine, we'll present the draft you sent and show the final version next month. Don't kill yourself over it.",
    ),
    (
        "en",
        "late_payment",
        "Hi, got your third reminder. We won't be releasing the final 50% until the publisher approves the cover, which can take a few months. That's just how publishing works, I'm afraid.",
    ),
    (
        "en",
        "unethical_request",
        "Here's a Disney character, can you redraw it just different enough that we can print it on our mugs and sell them without getting sued?",
    ),
    (
        "en",
        "vague_brief",
        "Hi, we'd like to do \"some research\" on our users. We're not sure which users or what questions, management just says we need more insights. Could you send a proposal with price and timeline?",
    ),
    (
        "en",
        "reasonable",
        'Hi! I saw your gig has the "Extra fast delivery" option for $40, I just added it to my order. No changes to the brief. Thanks!',
    ),
    (
        "en",
        "late_payment",
        "we'll pay you once our client pays us. they usually do 90 days after delivery so should be fine 👍",
    ),
    (
        "en",
        "vague_brief",
        "need a logo. modern but also kinda classic? like nike but more fun. colours whatever. we're a consultancy. or possibly a bakery, still deciding",
    ),
    (
        "en",
        "unrealistic_deadline",
        "bhai the app has to be live on App Store AND Play Store by monday morning, the influencer already scheduled her post 😭 figma is done, backend is done-ish. can you build both tonight + tomorrow?? please yaar will pay whatever",
    ),
    (
        "en",
        "reasonable",
        "Got it, thanks! Reading through tonight and I'll send consolidated feedback from the team by tomorrow noon.",
    ),
    (
        "en",
        "price_pressure",
        "hiii we absolutely love ur work 😍 but £2,400 is a lot for us. our budget is £500 for the whole day + album, is that ok? it's only a small wedding, like 150 people",
    ),
    (
        "en",
        "guaranteed_outcome",
        "I want it in writing: 10k new followers and at least 3 reels over 1M views in the first month. Otherwise what am I paying for?",
    ),
    (
        "en",
        "reasonable",
        "Quick note before you log off - please don't spend your weekend on the interview transcripts. Monday is totally fine, the readout isn't until the 22nd. Have a good one!",
    ),
    (
        "en",
        "always_available",
        "Hi Arjun,\n\nFor the remainder of the project we'd like you to be online on our Slack from 8am to 11pm CET, seven days a week, and respond to messages within 5 minutes. We're a fast-moving team. Let me know if that's an issue.\n\nBest,\nKarl",
    ),
    (
        "en",
        "late_payment",
        "hey can we split the final ₹1.2L payment into 6 monthly instalments? cash is a bit tight after the launch lol. you'll get it all eventually",
    ),
    (
        "en",
        "ignores_advice",
        "Thanks for the accessibility recommendations but we'll drop the alt text and focus states, they clutter things and our users don't need it. Please build the designs exactly as they are.",
    ),
    (
        "en",
        "reasonable",
        "Posting a good one for once. Client emailed: \"We realised we only asked for the brochure in English, but we'll need a Spanish version too. We know that's new work, so please quote it separately and don't rush it.\" I nearly cried.",
    ),
    ("en", "reasonable", "can you send the final files as both PNG and SVG? thanks!!"),
    (
        "en",
        "ignores_advice",
        "I know you said the logo file is 72dpi and will print blurry on the 3m banner, but just print it. It looks fine on my phone.",
    ),
    (
        "en",
        "scope_creep",
        "Hi! From next week we'd like you to handle DMs and comments on all 4 accounts too, plus we're starting TikTok. Package stays the same, right? It's basically the same job.",
    ),
    (
        "en",
        "guaranteed_outcome",
        "We need the sales page to convert at 8% minimum. Put that in the contract and we'll sign today — if it's under 8% after two weeks, we don't pay.",
    ),
    (
        "en",
        "price_pressure",
        "ok the beat is hard but $300 for exclusive?? my guy on fiverr does them for 25. meet me at 50 and we got a deal",
    ),
    (
        "en",
        "unrealistic_deadline",
        "We need the full animated product walkthrough, 3 min, photoreal, for the trade show which opens Thursday morning. Engineering says the final CAD files will be ready tonight, maybe tomorrow. That still leaves you plenty of time right?",
    ),
    (
        "en",
        "always_available",
        "Could you give Chloe your personal number so she can text you whenever she's stuck on homework? She usually does it late, like 10-11pm, and on weekends.",
    ),
    (
        "en",
        "reasonable",
        "Morning! Build 0.4.2 is on the shared drive. Playtesters found a crash on level 3 if you pause during the cutscene, logs attached. Not urgent, whenever you get to it this sprint.",
    ),
    (
        "en",
        "outside_expertise",
        "Since you're good with computers, could you pop over and fix my printer? Also my wife's laptop has gotten really slow.",
    ),
    (
        "en",
        "scope_creep",
        "LOVE the logo!!! ok so next: business cards, letterhead, the van wrap and a set of Instagram templates. I figured that's all part of the branding package right? 🙌",
    ),
    (
        "en",
        "vague_brief",
        "make me a song that sounds like summer but sad but also hype. like 2016 vibes. idk the genre. how much",
    ),
    (
        "en",
        "late_payment",
        "Hi Sam,\n\nHope you're well and had a good break! Just wanted to say the new homepage copy has been performing really well, bounce rate is down and the team keeps quoting your tagline in meetings.\n\nRegarding invoice #118 — apologies for the radio silence. Our finance team is in the middle of moving to a new accounting system, and all supplier payments are on hold until the migration is complete, which will probably be sometime next quarter. I know it was due on the 15th of last month, but there's really nothing I can do on my end. We really appreciate your patience.\n\nIn the meantime, could you start on the product page copy we discussed? Same rate as before. Brief attached.\n\nThanks again,\nOlivia",
    ),
    (
        "en",
        "guaranteed_outcome",
        "Dear Mr. Hughes,\n\nThank you for the initial drawings for the rear extension, my wife and I are very happy with the layout.\n\nBefore we proceed: as you know, our previous application was refused after the neighbours at number 14 objected. We'd need you to guarantee that this application will be approved by the council this time. If it is refused again, we don't expect to pay for the drawings.\n\nPlease confirm and we can transfer the deposit.\n\nKind regards,\nPeter Chalmers",
    ),
    (
        "en",
        "vague_brief",
        'We just moved in and want the flat to feel "more like us". We don\'t really know what our style is yet. Budget TBD. Can you start next week?',
    ),
    (
        "en",
        "vague_brief",
        "Can you look at our data and find something interesting? It's spread across a few spreadsheets and some of it's in Salesforce I think. Not sure what questions we have, that's kind of why we're hiring you.",
    ),
    (
        "id",
        "late_payment",
        "Mohon maaf Pak, pembayaran termin kedua untuk desain interior belum bisa kami cairkan karena masih menunggu tanda tangan direktur yang sedang umroh. Kemungkinan setelah Lebaran ya Pak.",
    ),
    (
        "id",
        "endless_revisions",
        "kak maaf ya revisi lagi 🙏 ini udah yg ke-11 kayaknya hehe. bos minta balik ke warna yg pertama, tapi fontnya yg versi 7, terus layoutnya kayak yg versi 4",
    ),
    (
        "id",
        "reasonable",
        "Yth. Bapak Andi,\n\nTerima kasih atas hasil terjemahan dokumen teknisnya. Invoice No. 045/INV/III/2025 sudah kami terima dan disetujui. Pembayaran akan kami proses pada tanggal 25 Maret sesuai termin di kontrak.\n\nMohon konfirmasi kembali nomor rekening tujuan beserta nama pemilik rekening.\n\nHormat kami,\nRina Kusumawati\nStaf Keuangan – PT Sinar Medika Utama",
    ),
    (
        "id",
        "vague_brief",
        "kak mau bikin desain buat usaha aku, yang bagus aja pokoknya, yang kekinian. usahanya sih belum tau mau jual apa, yang penting desainnya dulu",
    ),
    (
        "id",
        "unrealistic_deadline",
        "Pak, aplikasi kasir dengan fitur stok, laporan penjualan, dan multi cabang kami butuhkan sudah jalan hari Senin. Sekarang Jumat sore. Mohon kesediaannya ya Pak.",
    ),
    (
        "id",
        "scope_creep",
        "gan webnya udah jadi mantap 👍 sekarang tolong bikinin aplikasi androidnya juga ya, datanya kan sama aja. harga tetep yg kemarin kan?",
    ),
    (
        "id",
        "unethical_request",
        "gan bisa bikinin 100 review bintang 5 di Google Maps buat toko saya? pake akun beda-beda ya biar gak ketauan",
    ),
    (
        "id",
        "free_work",
        "Halo kak! Kami brand skincare lokal, lagi cari ilustrator buat kolab packaging. Belum ada budget sih, tapi nama kakak nanti dicantumin di kemasan dan di-tag di IG kita (50rb followers) 😊",
    ),
    (
        "id",
        "reasonable",
        "gan, kalo mau nambah fitur booking online itu di luar paket kan ya? boleh minta penawarannya dulu. gak buru2 kok, abis launching juga gpp",
    ),
    (
        "id",
        "unrealistic_deadline",
        "bang tolong edit foto prewed 300an sama videonya ya, besok jam 7 pagi udah harus jadi soalnya mau diputer pas akad 😅 bisa kan bang",
    ),
    (
        "id",
        "late_payment",
        "Mas, pelunasannya nanti ya nunggu klien saya bayar dulu, biasanya sih 2-3 bulan. sabar ya mas 🙏",
    ),
    (
        "id",
        "reasonable",
        "Selamat sore Bu, saya mau tanya untuk les privat matematika anak kelas 8 SMP, jadwal yang masih kosong hari apa saja ya? Terima kasih 🙏",
    ),
    (
        "id",
        "reasonable",
        "kak, resepsinya mundur 2 jam jadi kelarnya sekitar jam 10 malem 😅 ada biaya overtime gak? kabarin aja nominalnya ya, nanti aku transfer bareng pelunasan",
    ),
    (
        "id",
        "scope_creep",
        "Kak, selain 10 artikel yang disepakati, tolong tulisin juga deskripsi 80 produk di Shopee kita ya. Deadline tetap tgl 30, fee juga sama ya kak soalnya masih satu project 🙏",
    ),
    (
        "id",
        "reasonable",
        'Kak, ini feedback caption yg kemarin ya (revisi ke-2 dari 3 sesuai kesepakatan):\n1. hashtag di post tgl 12 ganti #RamadhanHemat\n2. typo "promo" di slide 3\nsisanya udah oke bgt, makasih kak!',
    ),
    (
        "id",
        "free_work",
        "Sebelum proses rekrutmen lanjut, mohon kerjakan tes berupa 5 desain feed Instagram lengkap dengan caption untuk brand kami. Tes ini tidak berbayar dan hasilnya menjadi milik perusahaan.",
    ),
    (
        "id",
        "always_available",
        "Mbak kok chat saya jam 11 malem gak dibales? Saya butuh asisten yang standby 24 jam, Sabtu Minggu juga. Tolong HP-nya jangan dimatiin ya.",
    ),
    (
        "id",
        "price_pressure",
        "Dengan hormat,\n\nKami telah menerima penawaran Bapak untuk pembuatan aplikasi mobile sebesar Rp85.000.000. Namun anggaran yang tersedia untuk proyek ini hanya Rp15.000.000 dengan lingkup fitur yang sama. Mohon kiranya Bapak dapat menyesuaikan penawaran tersebut agar kerja sama dapat segera dimulai.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nBudi Santoso\nCV Maju Bersama",
    ),
    (
        "id",
        "endless_revisions",
        "Min, lagunya udah oke sih, tapi istri saya maunya dangdut aja, jangan pop. Diulang dari awal ya, masih termasuk revisi kan?",
    ),
    (
        "id",
        "outside_expertise",
        "Kak, kakak kan jago komputer, laptop saya suka mati sendiri nih, bisa tolong benerin? Sama wifi kantor juga lemot banget",
    ),
    (
        "id",
        "reasonable",
        "Selamat pagi Mbak Dewi, meeting dengan vendor hari Kamis tolong dipindah ke Jumat jam 10.00 ya. Undangan kalendernya sudah saya kirim ulang. Makasih.",
    ),
    (
        "id",
        "price_pressure",
        "kak logo 1,5jt mahal amat 😭 temenku bikin di tempat lain cuma 150rb. 200rb aja bisa ga? kan cuma tulisan sama gambar dikit",
    ),
    (
        "id",
        "reasonable",
        "kak file finalnya bisa dikirim PNG transparan sama PDF ya? makasih banyak kak hasilnya bagus bgt 😍",
    ),
    (
        "id",
        "reasonable",
        "Min, weekend ini gak usah lembur ya buat desain kaosnya, santai aja. Senin aja kirim draftnya, acaranya masih bulan depan kok 🙏",
    ),
    (
        "ru",
        "reasonable",
        "Здравствуйте, Игорь. Юрист сказал, что для подачи нужен нотариально заверенный перевод. Сколько это будет стоить дополнительно? Сроки не горят, до конца месяца.",
    ),
    (
        "ru",
        "free_work",
        "Привет! Делаем инди-игру, бюджета пока нет. Нужен 3D-художник на всех персонажей, оплата процентом с продаж, если выстрелит. Зато в портфолио будет огонь 🔥",
    ),
    (
        "ru",
        "guaranteed_outcome",
        "В договоре нужна гарантия: сайт в топ-3 Яндекса по запросу «пластиковые окна москва» через месяц. Не будет результата — возвращаете деньги.",
    ),
    (
        "ru",
        "scope_creep",
        "Добрый день! По договору у вас ведение инстаграма, но нам ещё нужно 10 сторис в неделю и ответы в директе, плюс ВК. Сумма та же, это же всё соцсети.",
    ),
    (
        "ru",
        "endless_revisions",
        "Марина, привет! Посмотрели 9-ю версию макета. Директор говорит, надо вернуться к самой первой, но с кнопками из пятой. Это же не новая правка, просто откатить 🙂",
    ),
    (
        "ru",
        "late_payment",
        "Денис, оплату пока придержим — ждём, когда инвестор переведёт транш. Месяц-два максимум. Ты же понимаешь, стартап.",
    ),
    (
        "ru",
        "reasonable",
        "Коллеги, в выходные никто ничего не делает, релиз переносим на среду. Андрей, это и к тебе относится 🙂",
    ),
    (
        "ru",
        "guaranteed_outcome",
        "Мы платим за курс, значит, дочь должна сдать ЕГЭ по математике на 90+. Если меньше — вернёте деньги, договорились?",
    ),
    (
        "ru",
        "always_available",
        "Ты почему в 23:40 не ответил? Я же писал. Мне нужен человек, который на связи всегда, и в выходные тоже, так что телефон не выключай.",
    ),
    (
        "ru",
        "reasonable",
        "Добрый вечер! Заказчик хочет к готовой визуализации ещё два ракурса гостиной. Понимаю, что это отдельная работа — посчитаете стоимость и срок?",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день, Ольга!\n\nСчёт №27 от 12.03 согласовали, оплата пройдёт в пятницу, как и договаривались. Если в реквизитах что-то поменялось — напишите, пожалуйста.\n\nС уважением,\nЕлена Викторовна\nбухгалтерия ООО «Вектор»",
    ),
    (
        "ru",
        "endless_revisions",
        "ну короче трек норм, но давай всё в другом жанре переделаем, хочу как у Макса Коржа. это же в рамках правок?",
    ),
    (
        "ru",
        "reasonable",
        "Спасибо за отчёт, всё понятно. Созвонимся во вторник, обсудим план на следующий месяц? Мне удобно после 15:00 по МСК.",
    ),
    (
        "ru",
        "vague_brief",
        "Нужен логотип. Какой — пока сами не знаем, что-то стильное. Название ещё не придумали. Сколько стоит и когда будет готово?",
    ),
    (
        "ru",
        "scope_creep",
        "Лендос огонь 👍 Теперь докрути интеграцию с amoCRM, личный кабинет и английскую версию. Мы же уже работаем вместе, цену пересчитывать не будем, ок?",
    ),
    (
        "ru",
        "reasonable",
        "Здравствуйте! Можно перенести занятие в четверг на 18:00? У сына олимпиада.",
    ),
    (
        "ru",
        "price_pressure",
        "Слушай, 80к за сайт это перебор. Мне на кворке за 15 делают. Давай за 20 и по рукам?",
    ),
    (
        "ru",
        "late_payment",
        "Оплатим, когда заказчик примет проект и рассчитается с нами. Да, в договоре 5 рабочих дней, но у всех так.\n\n> Добрый день! Напоминаю про счёт №14 от 02.09, срок оплаты истёк 09.09.",
    ),
    (
        "ru",
        "reasonable",
        "Привет! Свадьбу перенесли с 14 на 21 июня 😬 Вы в этот день свободны? Если нет — поймём, предоплата остаётся у вас, как в договоре.",
    ),
    (
        "ru",
        "price_pressure",
        "Уважаемая Анна, благодарим за коммерческое предложение. К сожалению, выделенный бюджет на перевод составляет около 30% от указанной суммы. Просим пересмотреть ставку до 1,5 руб. за слово, в противном случае будем вынуждены обратиться к другому исполнителю.",
    ),
    (
        "ru",
        "unethical_request",
        "Нарисуйте мне справку 2-НДФЛ с печатью компании для банка. Шаблон скину, там просто цифры поменять. Заплачу сверху.",
    ),
    (
        "ru",
        "ignores_advice",
        "Вы писали про лицензию на шрифт — не надо, мы его скачали с бесплатного сайта. Ставьте на упаковку, тираж 50 тысяч. Вы слишком перестраховываетесь.",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день, отправляю обмеры и фото кухни. Высота потолков 2,7 м. Если нужно что-то ещё — скажите.",
    ),
    (
        "ru",
        "ignores_advice",
        "Я понимаю, что вы рекомендуете бэкапы и тестовый сервер, но платить за это не будем. Обновляйте всё прямо на боевом сайте, если что — починим.",
    ),
    (
        "ar",
        "outside_expertise",
        "بما إنك مصمم جرافيك، ممكن تكتبلنا عقود الموظفين وتراجع الإقرار الضريبي بتاع الشركة؟",
    ),
    (
        "ar",
        "unrealistic_deadline",
        "عايز ترجمة العقد ده (١٢٠ صفحة) النهاردة قبل الساعة ٨ بالليل، عشان الاجتماع بكرة الصبح بدري",
    ),
    (
        "ar",
        "reasonable",
        "صوتك حلو جدا في الديمو 👌 ممكن تقولي سعرك لإعلان ٣٠ ثانية بالعامية المصرية؟ ولو عايزين نسخة إنجليزي كمان تبقى بكام زيادة؟",
    ),
    (
        "ar",
        "vague_brief",
        "أبغى تصميم حلو لمشروعي. ما عندي فكرة عن الألوان ولا الستايل ولا حتى الاسم للحين، بس أبغاه مميز. كم السعر؟",
    ),
    (
        "ar",
        "free_work",
        "قبل اعتمادك ضمن فريق المترجمين، يُرجى ترجمة الملف المرفق (٤٠٠٠ كلمة) كاختبار غير مدفوع. تحتفظ الشركة بحق استخدام الترجمة.",
    ),
    (
        "ar",
        "reasonable",
        "هلا أخوي، الحفلة تأخرت ساعتين وبتخلص الساعة ١٢ بالليل. إذا فيه رسوم إضافية عطني خبر وأحولها لك مع باقي المبلغ 🙏",
    ),
    (
        "ar",
        "reasonable",
        "الأستاذ أحمد المحترم،\n\nتحية طيبة وبعد،\n\nنفيدكم بأنه تمت الموافقة على الفاتورة رقم 112، وسيتم تحويل المبلغ يوم الخميس القادم وفق شروط الدفع المتفق عليها.\n\nوتفضلوا بقبول فائق الاحترام،\nقسم الحسابات – شركة الأفق للاستشارات",
    ),
    (
        "ar",
        "price_pressure",
        "الله يخليك ٣٠٠٠ جنيه كتير أوي على لوجو، في واحد على فيسبوك بيعمله ب٣٠٠. خليها ٥٠٠ وخلصنا",
    ),
    (
        "ar",
        "scope_creep",
        "اتفقنا على إدارة انستقرام، بس نبيك بعد تمسك تيك توك وسناب وترد على الرسايل. نفس المبلغ لأنه نفس الشغل تقريباً",
    ),
    (
        "ar",
        "price_pressure",
        "يا أخي السعر مبالغ فيه، ميزانيتنا ٥٠٠ ريال للموقع كامل مع المتجر. إذا ما يناسبك غيرك واجد",
    ),
    (
        "ar",
        "reasonable",
        "يا باشمهندس عايزين نزود صفحة حجز أونلاين. عارف إنها مش في الاتفاق، فابعتلي سعرها لوحدها، ومفيش أي استعجال",
    ),
    (
        "ar",
        "free_work",
        "مرحبا، نحنا فاتحين مطعم جديد وبدنا منيو وهوية كاملة. هلق ما في ميزانية بس رح نحط اسمك عالمنيو وكل الزباين رح يشوفوا شغلك 😊",
    ),
    (
        "ar",
        "always_available",
        "انت فين؟؟ بعتلك من ربع ساعة ومردتش. أنا عايزك متاح ٢٤ ساعة حتى الجمعة والسبت",
    ),
    (
        "ar",
        "scope_creep",
        "الموقع حلو جدا 👏 بس عايزين كمان تطبيق موبايل بنفس الداتا، ومش هنزود في السعر لأننا متفقين على المشروع كله أصلاً",
    ),
    (
        "ar",
        "late_payment",
        "والله الشهر هاد صعب، رح ندفعلك لما يدفعلنا الزبون، يمكن بعد شهرين. لا تزعل مني",
    ),
    (
        "ar",
        "endless_revisions",
        "مرحبا، بعرف هاد التعديل رقم ١٢ 😅 بس المدير بدو يرجع عالتصميم الأول بس بألوان التعديل السادس. إن شاء الله آخر مرة",
    ),
    (
        "ar",
        "guaranteed_outcome",
        "نبي ضمان مكتوب إن الحملة بتجيب لنا ٥٠٠ عميل في أول شهر، وإذا ما جابت ترجعون الفلوس كاملة",
    ),
    (
        "ar",
        "unrealistic_deadline",
        "أبغى التطبيق جاهز ومنزل على الآب ستور بكرة الصبح، عندنا إطلاق رسمي. التصميم جاهز بس البرمجة كلها باقية",
    ),
    (
        "ar",
        "reasonable",
        "مرحبا، لا تشتغل بالويكند أبداً، مش مستعجلين. ابعتلي المسودة يوم الاثنين عادي 🙏",
    ),
    (
        "ar",
        "reasonable",
        "مرحبا أستاذة، بدي اسأل إذا في مجال نأجل حصة الأربعاء ليوم الخميس الساعة ٥؟",
    ),
    (
        "ar",
        "late_payment",
        "نعتذر عن تأخر سداد الفاتورة المستحقة منذ ٤٥ يوماً، إذ سيتم صرف مستحقات الموردين بعد اعتماد الميزانية الجديدة في الربع القادم. نشكر تفهمكم.",
    ),
    (
        "ar",
        "reasonable",
        "مرحباً، أرفقت لكم مخطط الشقة وصور الغرف، والمساحة ١٤٠ متراً مربعاً. هل تحتاجون أي معلومات إضافية قبل الاجتماع؟",
    ),
    # ------------------------------------------------ batch D7 (2026-11-23)
    # 96 in Arabic, Indonesian and Russian, two thirds of them hard reasonable ones
    # (routine appointments, the client's own finance and legal people, rescheduling,
    # 'don't work at the weekend'), written blind. Measured before the cues written
    # from its failures: all F1 .821 / flagged .219 / type .969; ar .727/.375/.917,
    # id .909/.100/1.000, ru .870/.150/1.000.
    (
        "ar",
        "outside_expertise",
        "مرحبا، بما إنك عملتلنا الموقع أكيد بتفهم بالمحاسبة كمان 😅 بدي ياك تعمللنا الميزانية السنوية والإقرار الضريبي للشركة هالشهر",
    ),
    (
        "ar",
        "scope_creep",
        "مرحبا، بما إنك عم تعمل اللوغو، ضيفلنا كمان الكروت والبروشور وتصاميم السوشال ميديا لشهر كامل، بنفس السعر اللي اتفقنا عليه أكيد 😅 وبنفس الموعد",
    ),
    (
        "ar",
        "free_work",
        "مرحبا، قبل ما نتفق نبيك تسوي لنا خطة تسويق كاملة لثلاث شهور مع المحتوى كتجربة، اذا عجبتنا نشتغل معك. والتجربة طبعا بدون مقابل",
    ),
    (
        "ar",
        "ignores_advice",
        "يا هندسة انا قريت كلامك إن الموقع لازم يبقى متوافق مع الموبايل وإن ٩٠٪ من الزباين بيدخلوا منه، بس انا مش مقتنع. اعمله للكمبيوتر بس وخلاص، ولو المبيعات قلت دي مسئوليتك",
    ),
    (
        "ar",
        "reasonable",
        "صباح الخير م. سامر، سؤال صغير: هل ممكن تقنياً نشيل الحيط بين المطبخ والصالون ولا هو حامل؟ ما في استعجال، بس حابين نعرف قبل ما نقرر شي",
    ),
    (
        "ar",
        "reasonable",
        "ترى التصميم عاجبنا مره 👌 بس عندنا تعديل واحد على المطبخ، واعرف انها آخر جولة تعديلات حسب العقد. واذا احتجنا جولة زيادة بعدين عطني سعرها وما عندي مشكله",
    ),
    (
        "ar",
        "endless_revisions",
        "مرحباً، بعد مراجعة النسخة الثامنة قررنا تغيير الموسيقى والألوان وترتيب المشاهد بالكامل مرة أخرى. نعلم أن العقد ينص على جولتين فقط من التعديلات، لكننا نتوقع أن تستمر في التعديل حتى نرضى تماماً دون أي تكلفة إضافية.",
    ),
    (
        "ar",
        "reasonable",
        "مسا الخير مس لينا، البنت عندها امتحان يوم الجمعة، إذا بتقدري تزيدي حصة هالأسبوع منكون ممنونين، وإذا ما في مجال ولا يهمك 🌸",
    ),
    ("ar", "reasonable", "كابتن تمرين بكره ٦ زي كل مره؟"),
    (
        "ar",
        "reasonable",
        "شكراً على العرض. سأرد عليك بالموافقة النهائية قبل نهاية يوم الخميس بعد اجتماع مجلس الإدارة.",
    ),
    (
        "ar",
        "guaranteed_outcome",
        "بدي ياك تضمنلي إنو موقعنا يطلع أول نتيجة على غوغل خلال أسبوعين، وإذا ما طلع ما رح ندفع ولا ليرة",
    ),
    (
        "ar",
        "reasonable",
        "مساء الخير أستاذ عمر، العقد الآن لدى المستشار القانوني للشركة للمراجعة، وسنعود إليك بالملاحظات خلال أسبوع تقريباً. أرجو عدم البدء بالعمل قبل التوقيع حتى لا يضيع جهدك. تحياتي، فهد",
    ),
    (
        "ar",
        "price_pressure",
        "يا فندم السعر ده كتير اوي، واحد صاحبي قالي في مصورين بيعملوها بنص السعر. لو مش هتنزل ل١٥٠٠ بدل ٣٠٠٠ هشوف حد تاني",
    ),
    (
        "ar",
        "always_available",
        "انت فين؟؟ بعتلك من ١٠ دقايق والساعه ٣ الفجر ومردتش!! انا عايزك ترد عليا فورا في اي وقت حتى بالليل والجمعه، ده شغلك",
    ),
    (
        "ar",
        "reasonable",
        "تحية طيبة،\nنود تأجيل اجتماع التنسيق الخاص بحفل الموظفين من يوم الثلاثاء إلى يوم الخميس في نفس الساعة، إن كان ذلك مناسباً لكم.\nشكراً لتفهمكم،\nسارة القحطاني – الموارد البشرية",
    ),
    (
        "ar",
        "reasonable",
        "صباح الفل يا هندسة، عندنا اجتماع بكره الساعه ١١ مع الإدارة، ينفع تبعتلي لينك الديمو قبلها؟ ولو مش جاهز عادي خالص نعرض اللي موجود",
    ),
    (
        "ar",
        "reasonable",
        "مرحبا م. رامي، كيفك؟ بدي اسألك إذا فيك تعطيني عرض سعر لصفحة مدونة إضافية مع نموذج اشتراك بالنشرة. بعرف إنها مش ضمن الاتفاق الأصلي، فحطلي سعرها ووقتها لحال ومنقرر على أساسه 👌",
    ),
    (
        "ar",
        "reasonable",
        "مساء الخير، حبيت أقولك الفيديو طالع رهيب 🔥 الفاتوره وصلت المالية واعتمدوها، والتحويل بيوصلك يوم ٢٥ حسب الاتفاق",
    ),
    (
        "ar",
        "reasonable",
        "مرحبا استاذ محمد، هذا الرقم الضريبي حقنا 300123456700003 عشان تحطه بالفاتوره. والتحويل بيكون الأحد انشالله مثل ما اتفقنا",
    ),
    (
        "ar",
        "reasonable",
        "يا باشا متشتغلش ف الويك اند خالص، الموضوع مش مستعجل للدرجادي 😄 نكمل الأحد ان شاء الله",
    ),
    (
        "ar",
        "late_payment",
        "الأستاذة هبة المحترمة،\nتحية طيبة وبعد،\nبالإشارة إلى فاتورتكم رقم ٣٤ المستحقة منذ أكثر من شهرين، نود إعلامكم بأنه لن يتم صرف أي مبلغ إلا بعد أن يسدد لنا العميل النهائي مستحقاتنا، ولا يوجد لدينا حالياً موعد محدد لذلك. ونظراً لالتزاماتنا تجاه العميل، نرجو منكم الاستمرار في ترجمة الدفعة التالية من الوثائق وتسليمها في موعدها دون تأخير، على أن تُسوّى جميع المستحقات لاحقاً دفعة واحدة.\nنشكر تفهمكم وتعاونكم الدائم،\nإدارة المشاريع – مكتب الأفق للخدمات",
    ),
    (
        "ar",
        "reasonable",
        "الله يعطيك العافيه استاذ، ولدي جاب ١٨ من ٢٠ بالرياضيات 🎉🎉 حولت لك ٢٠٠ ريال زياده هديه بسيطه، والله تستاهل",
    ),
    (
        "ar",
        "unethical_request",
        "ابيك تعدل الأرقام في الإقرار الضريبي شوي عشان تطلع الأرباح أقل، محد بيدري 😉",
    ),
    ("ar", "reasonable", "بعتلك الصور واللوجو ع الدرايف، لو في حاجه ناقصه قولي"),
    (
        "ar",
        "reasonable",
        "مرحبا رنا 🙏 فيكي تبعتيلي نسخة من العقد الموقع والفاتورة تبع الشهر الماضي؟ المحاسب عم يطلبهم للتسكير",
    ),
    (
        "ar",
        "reasonable",
        "أستاذ هشام، المدير المالي مضى على الإقرار الضريبي، هبعتهولك سكان النهارده بالليل. متستعجلش، الميعاد لسه آخر الشهر",
    ),
    (
        "ar",
        "unrealistic_deadline",
        "هلا، نبي متجر الكتروني كامل مع بوابة دفع وتطبيق جوال اندرويد وايفون، ويكون جاهز بكره الصبح لأن عندنا اطلاق 🙏🙏 تقدر؟",
    ),
    (
        "ar",
        "reasonable",
        "أستاذة منى مساء الخير، عندي ظرف طارئ ماما تعبانه ومحجوزه في المستشفى 😔 ممكن نأجل السيشن للأسبوع الجاي؟ والعربون طبعا يفضل معاكي",
    ),
    (
        "ar",
        "reasonable",
        "السيدة ليلى المحترمة، هل يمكنك تزويدنا بعرض سعر لترجمة ملحقين إضافيين (حوالي ٣٠٠٠ كلمة) من الإنجليزية إلى العربية؟ ندرك أن ذلك خارج نطاق العقد الحالي، وسيكون له موعد تسليم مستقل تحددينه أنتِ. مع الشكر",
    ),
    (
        "ar",
        "reasonable",
        "السادة شركة لمسة للمناسبات المحترمين،\nنرفق لكم قائمة المدعوين النهائية (١٢٠ شخصاً) وشعار الشركة بصيغة عالية الدقة. يرجى تأكيد الاستلام.\nمع التحية،\nإدارة العلاقات العامة",
    ),
    (
        "ar",
        "reasonable",
        "هلا والله 🌷 عندنا تعديلات بسيطه على الشعار، وهذي الجولة الثانيه من الثلاث اللي اتفقنا عليها بالعقد. ارسلت لك الملاحظات على الايميل، خذ وقتك",
    ),
    (
        "ar",
        "reasonable",
        "السلام عليكم اخوي، صار عندي ظرف طارئ بالبيت 🙏 نقدر نأجل المكالمة لبكرة نفس الوقت؟ اعتذر على اللخبطة",
    ),
    (
        "ar",
        "reasonable",
        "الأستاذ خالد العمري المحترم،\nتحية طيبة وبعد،\nنود إفادتكم بأن الفاتورة رقم INV-2024-117 الخاصة بأعمال تدقيق القوائم المالية للربع الثالث قد تمت مراجعتها واعتمادها من قبل الإدارة المالية، وتم توقيعها من المدير المالي. وسيتم تحويل المبلغ إلى حسابكم البنكي في تاريخ الاستحقاق المتفق عليه وهو ١٥ من الشهر الجاري.\nكما نرجو التكرم بإضافة الرقم الضريبي للشركة في الفواتير القادمة حسب متطلبات هيئة الزكاة والضريبة والجمارك، وهو مرفق في هذا البريد. وفي حال وجود أي استفسار بخصوص الدفعة، يمكنكم التواصل مباشرة مع قسم الحسابات على الرقم الداخلي ٢١٤.\nشاكرين لكم حسن تعاونكم،\nنورة الشمري\nقسم الحسابات الدائنة – شركة الريادة للتجارة",
    ),
    ("ar", "reasonable", "كوتش بكرا ٧ الصبح متل العادة؟ 💪"),
    (
        "ar",
        "vague_brief",
        "بغيت تصميم حلو يعني… شي مميز، مو عادي. انت افهمها 😂 سو اللي تشوفه وانا اقولك اذا عجبني",
    ),
    (
        "ar",
        "reasonable",
        "مرحباً أستاذة ريم،\nإن أمكن نحتاج الترجمة قبل موعدها بيومين، ونحن مستعدون لدفع رسوم الاستعجال التي ذكرتِها في عرضك (٣٠٪). وإن لم يكن ذلك ممكناً فلا مشكلة إطلاقاً، نلتزم بالموعد الأصلي.\nمع التقدير،\nأحمد",
    ),
    ("id", "reasonable", "Min, latihan besok jam 6 kayak biasa kan?"),
    (
        "id",
        "reasonable",
        "Yth. Bapak Rizky Pratama,\nTerima kasih atas draf kontrak pengembangan aplikasi yang Bapak kirimkan pada hari Senin. Saat ini dokumen tersebut sedang ditinjau oleh tim legal kami, khususnya terkait pasal hak kekayaan intelektual dan jadwal termin pembayaran. Kami akan menyampaikan tanggapan paling lambat Rabu depan.\nMohon pekerjaan belum dimulai sebelum kontrak ditandatangani kedua belah pihak, agar tidak ada pekerjaan Bapak yang tidak tercatat. Apabila ada pertanyaan, silakan menghubungi saya melalui email ini.\nHormat kami,\nMaya Lestari\nProcurement – PT Nusantara Digital Solusi",
    ),
    (
        "id",
        "reasonable",
        "Kak, aku kabarin paling lambat Jumat ya jadi ambil paket yg mana, mau diskusi dulu sama suami 😊",
    ),
    (
        "id",
        "reasonable",
        "Pak, mau tanya dulu, kira2 bisa nggak ya rumah 2 lantai di lahan 6x12 ada carport buat 2 mobil? Cuma nanya kemungkinan aja, blm buru2",
    ),
    (
        "id",
        "reasonable",
        "Kak makasih banyak foto wisudanya baguuus bgt 😭❤️ aku transfer lebih dikit ya buat jajan, jgn ditolak",
    ),
    (
        "id",
        "vague_brief",
        "Kak bikinin video promosi ya. Konsepnya terserah, yang penting keren dan viral. Durasi, gaya, musik bebas, nanti aku liat dulu cocok apa nggak",
    ),
    (
        "id",
        "reasonable",
        "Bu, anak saya minggu depan ujian. Kira2 bisa nambah 1 sesi ga bu? Kalau jadwal ibu penuh gpp kok 🙏",
    ),
    (
        "id",
        "scope_creep",
        "Mas, sekalian ya bikinin juga konten IG 30 post, captionnya, sama jadwal postingnya. Harganya tetep yg kemarin aja kan, cuma nambah dikit kok 😁",
    ),
    (
        "id",
        "reasonable",
        "Pak Budi, berikut NPWP perusahaan kami 01.234.567.8-901.000 untuk keperluan faktur pajak. Pembayaran tetap tgl 25 ya Pak.",
    ),
    (
        "id",
        "reasonable",
        "Halo kak, ini revisi kedua ya dari 3 yg disepakati. Catatannya udah aku taruh di doc 👍",
    ),
    (
        "id",
        "reasonable",
        "Selamat sore Pak Hendra, laporan keuangan kuartal III sudah ditandatangani oleh Direktur Keuangan. Scan-nya saya lampirkan. Salam, Yuni – Finance",
    ),
    (
        "id",
        "late_payment",
        "Pak, pembayarannya nanti ya setelah event kami balik modal. Belum tau kapan sih, tergantung penjualan tiket. Sabar aja dulu",
    ),
    (
        "id",
        "always_available",
        "Mbak kok jam 11 malem chat saya ga dibales?? Saya kan klien, harusnya mbak standby terus dong kapan aja saya butuh, termasuk hari minggu",
    ),
    (
        "id",
        "reasonable",
        "Yth. Ibu Sari,\nApabila memungkinkan, kami ingin terjemahan dokumen tender selesai 2 hari lebih cepat. Kami bersedia membayar biaya ekspres sesuai tarif yang Ibu cantumkan. Jika tidak memungkinkan, tidak apa-apa, tetap mengikuti jadwal awal.\nHormat kami,\nRina",
    ),
    (
        "id",
        "reasonable",
        "kak file logo sama foto produk udah aku upload di gdrive ya, cek aja kalo ada yg kurang",
    ),
    (
        "id",
        "reasonable",
        "Selamat pagi Bapak Andi,\nKami informasikan bahwa invoice no. INV/2024/031 telah disetujui dan akan dibayarkan pada tanggal 20 sesuai kesepakatan. Terima kasih.\n\nSalam,\nDewi – Bagian Keuangan PT Sinar Jaya",
    ),
    (
        "id",
        "reasonable",
        "min ada darurat di kantor 😩 zoomnya kita geser ke besok jam yg sama bisa?",
    ),
    (
        "id",
        "reasonable",
        "Mbak, meeting sama vendor dekor besok jadi jam 2 kan? Biar aku izin kantor dulu",
    ),
    ("id", "reasonable", "Gan minta kontrak sama invoice bulan lalu dong, buat laporan ke bos"),
    (
        "id",
        "guaranteed_outcome",
        "Bu, saya bayar les privat ini dengan syarat anak saya pasti lolos UI ya. Kalau nggak lolos, uangnya balik semua",
    ),
    (
        "id",
        "reasonable",
        "Bang, kalo mau tambah 1 video pendek buat reels, harganya berapa ya? Sama kira2 kapan bisa jadi",
    ),
    ("id", "reasonable", "kak maaf bgt aku ada urusan mendadak 🙏 callnya bisa diundur jam 4 ga?"),
    (
        "id",
        "endless_revisions",
        "Mas, desain yg ke-12 ini kok masih belum sreg ya. Balik lagi aja ke konsep awal tapi warnanya beda, terus nanti kita revisi lagi sampe pas. Iya tau di kontrak cuma 3x revisi, tapi masa gitu aja itung2an",
    ),
    (
        "id",
        "reasonable",
        "Selamat siang Bapak, mohon maaf rapat koordinasi hari Kamis perlu kami undur ke Jumat pukul 10.00. Apakah Bapak berkenan? Terima kasih.",
    ),
    (
        "id",
        "unrealistic_deadline",
        "Kak, website company profile 10 halaman + 3 bahasa bisa jadi nanti malem kan? Besok pagi mau dipresentasiin ke investor 🙏🙏",
    ),
    (
        "id",
        "unethical_request",
        "Pak, tolong bikinin invoice dengan nilai 2x lipat ya, nanti selisihnya kita bagi. Kantor ga bakal ngecek kok",
    ),
    ("id", "reasonable", "Mas, weekend jangan kerja ya, santai aja. Senin kita lanjut 😄"),
    (
        "id",
        "free_work",
        "Halo kak, kami lagi cari fotografer utk brand kami. Bisa foto 20 produk dulu gratis sbg tes? Nanti kalau cocok baru kita kerja sama berbayar. Exposure-nya lumayan lho, followers kami 10rb",
    ),
    (
        "id",
        "reasonable",
        "Gan, boleh minta quote buat nambah fitur login pake Google? itu di luar scope awal kok, nanti dihitung terpisah aja",
    ),
    (
        "id",
        "price_pressure",
        "Gan 5 juta kemahalan lah, temen saya bisa 1,5 juta. Kalau gak mau 1,5 ya udah saya cari yang lain aja",
    ),
    (
        "ru",
        "always_available",
        "Ты почему не отвечаешь?? Я писал в 2 ночи! Я плачу деньги, значит ты должен быть на связи круглосуточно, в выходные тоже",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день! Пришлите, пожалуйста, подписанный договор и акт за март, бухгалтерия запрашивает.",
    ),
    (
        "ru",
        "reasonable",
        "Наш ИНН 7701234567, КПП 770101001 — для счета. Оплата как договаривались, до 10-го.",
    ),
    (
        "ru",
        "unrealistic_deadline",
        "Нужен лендинг + интернет-магазин на 200 товаров к завтрашнему утру, у нас запуск рекламы. Справитесь? Очень надо",
    ),
    (
        "ru",
        "reasonable",
        "Здравствуйте, Ольга. Подскажите, пожалуйста, сколько будет стоить перевод ещё двух приложений к договору? Понимаем, что это вне текущего заказа, сроки тоже обсудим отдельно.",
    ),
    (
        "ru",
        "reasonable",
        "Привет! У меня форс-мажор, можем созвон перенести на завтра на то же время? 🙏",
    ),
    ("ru", "reasonable", "Тренировка завтра как обычно?"),
    ("ru", "reasonable", "Ответим по смете до четверга, надо согласовать с директором."),
    (
        "ru",
        "reasonable",
        "Слушай, а сколько будет стоить ещё один ролик для рилс? И по срокам когда сможешь?",
    ),
    (
        "ru",
        "reasonable",
        "Елена Сергеевна, здравствуйте! У сына в субботу олимпиада. Можно ли добавить одно занятие на этой неделе? Если никак — не страшно.",
    ),
    (
        "ru",
        "unethical_request",
        "Можешь нарисовать в отчёте, что мы потратили на рекламу в два раза больше? Для инвестора. Никто не проверит",
    ),
    (
        "ru",
        "endless_revisions",
        "Добрый день. Посмотрели 9-ю версию макета, и всё-таки давайте вернёмся к самому первому варианту, только в другом цвете и с другим шрифтом. Я знаю, что в договоре две правки, но так это не работает: будем править, пока не понравится всем, в том числе директору, а он вернется из отпуска только через месяц. Доплачивать за это мы не планируем, вы же сами взялись за проект.",
    ),
    (
        "ru",
        "outside_expertise",
        "Раз вы переводчик, посмотрите заодно мою медкарту и скажите, нужно ли мне делать операцию? К врачу идти не хочется",
    ),
    (
        "ru",
        "guaranteed_outcome",
        "Беру таргет только если гарантируете 300 заявок в месяц. Нет заявок — нет оплаты.",
    ),
    (
        "ru",
        "reasonable",
        "Спасибо огромное за фотосессию!! Перевела чуть больше, это вам на кофе ☕️",
    ),
    (
        "ru",
        "reasonable",
        "закинул исходники и логотипы на яндекс диск, ссылка ниже. если чего то не хватает пиши",
    ),
    (
        "ru",
        "price_pressure",
        "Дорого. Я нашел фрилансера на авито за треть вашей цены. Либо скидка 60%, либо до свидания",
    ),
    (
        "ru",
        "reasonable",
        "Денис, если получится сдать монтаж к пятнице, доплатим за срочность, как вы писали — 25%. Если нет, ничего страшного, оставляем понедельник.",
    ),
    (
        "ru",
        "scope_creep",
        "Кстати, раз уж делаешь логотип, накидай еще фирменный стиль, визитки и пару баннеров. По цене так же, мы же уже договорились 😉",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день, Алексей!\nСчёт №45 согласован бухгалтерией, оплата пройдёт 15-го числа, как договаривались.\nС уважением,\nИрина Петрова, финансовый отдел ООО «Вектор»",
    ),
    (
        "ru",
        "reasonable",
        "Добрый вечер! Декларацию подписали, скан пришлю завтра утром. Срок до 30-го, так что не торопитесь.",
    ),
    (
        "ru",
        "ignores_advice",
        "Да понял я, что вы советуете не ставить 15 шрифтов на одну страницу. Делайте как я сказал, я заказчик.",
    ),
    (
        "ru",
        "reasonable",
        "Здравствуйте, Павел. Хотели уточнить: возможно ли на нашем участке сделать дом с мансардой, или там ограничения по ПЗЗ? Просто хотим понимать варианты.",
    ),
    (
        "ru",
        "reasonable",
        "Марина, привет) это вторая правка из трёх по договору, замечания скинула в док",
    ),
    (
        "ru",
        "reasonable",
        "Здравствуйте! Хотел уточнить, реально ли вообще сделать интеграцию с 1С на нашем сайте? Пока просто прикидываем, без спешки.",
    ),
    (
        "ru",
        "reasonable",
        "Анна, завтра встреча с площадкой в 14:00 в силе? Хочу заранее отпроситься с работы",
    ),
    (
        "ru",
        "reasonable",
        "Добрый день, Игорь Викторович!\nСпасибо за проект договора на разработку мобильного приложения. Сейчас он на согласовании у нашего юриста, у него есть вопросы по пункту о передаче исключительных прав и по порядку приёмки этапов. Обещал посмотреть до конца недели, после этого вернусь к вам с комментариями одним письмом.\nПока договор не подписан, прошу работу не начинать, чтобы потом не было путаницы с оплатой. Предоплату 30% отправим в течение трёх рабочих дней после подписания, как и обсуждали.\nЕсли будут вопросы — звоните, я на связи в рабочее время. И заранее извиняюсь за паузу: у нас сейчас конец квартала, юрист завален, поэтому так долго.\nС уважением,\nСветлана Корнеева\nруководитель проектов, ООО «ТехноСтарт»",
    ),
    (
        "ru",
        "reasonable",
        "На выходных не работайте пожалуйста, не горит 😊 в понедельник продолжим",
    ),
    (
        "ru",
        "late_payment",
        "Добрый день. Оплату за прошлый месяц перенесем, пока наш заказчик не рассчитается с нами. Сроков не знаю. Работу продолжайте, пожалуйста, по графику.",
    ),
    (
        "ru",
        "reasonable",
        "Коллеги, добрый день. Вынуждены перенести планёрку со вторника на среду, 11:00. Вам удобно? Спасибо за понимание.",
    ),
)
