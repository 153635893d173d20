# ruff: noqa: E501  (long regular expressions and example messages: data, not code)
"""Indonesian lexicon (see :mod:`expectlib.replies.lexicon` for the format).

Chat Indonesian as clients write it to freelancers: particles (dong, ya, sih, aja, deh,
kok), address words (kak, gan, min, mas, mbak, bang, pak, bu), slang and abbreviations
(gak/ga/nggak/gk, udah/udh, blm, bgt, tf, dp), verbs with -in/-kan/-nya and di-/ke- forms
("bikinin", "dibuatin", "dijadwalin"), and English words mixed in. Patterns are written on
stems with ``\\w*`` for the affixes; doubled letters never matter (text and patterns are
folded, "nggak" = "ngak", "tunggu" = "tungu").
"""

from __future__ import annotations

MACROS = {
    "neg": r"(?:gak|ga|gk|nggak|ngga|enggak|engak|tidak|tdk|tak|ndak|nda|gag|kagak|ogah)",
    "kak": r"(?:kak|kakak|ka|gan|agan|min|mimin|admin|mas|mbak|mba|bang|abang|pak|bu|bro|sis|om|tante|bos|boss)",
    "you": r"(?:kamu|kakak|kak|anda|situ|agan|gan|lu|lo|elo|elu|mas|mbak|abang|bang|bapak|ibu|mimin|min)",
    "i": r"(?:saya|aku|aq|gue|gw|gua|kami|kita|sy)",
    "soon": r"(?:besok|bsk|besuk|hari ini|hr ini|malam ini|malem ini|nanti malam|ntar malam|nanti malem|sore ini|siang ini|pagi ini|sekarang|skrg|skrang|sekarang juga|detik ini|secepatnya|secepat mungkin|asap|urgent|urgen|segera)",
    "make": r"(?:bikin|buat|bikinin|buatin|dibikin|dibuat|dibikinin|dibuatin|membuat|kerjain|kerjakan|dikerjain|dikerjakan|garap|digarap|desain|desainin|didesain|tulis|tulisin|ditulis|edit|editin|diedit)",
    "work": r"(?:selesai|kelar|beres|rampung|jadi|siap|done|kirim|dikirim|dikirimin|submit|live|tayang|launching|launch|naik|upload|diupload|jalan)",
    "pay": r"(?:bayar|dibayar|bayarnya|pembayaran|pelunasan|lunas|melunasi|transfer|ditransfer|tf|cair|pencairan|dp|uang muka|down payment|invoice|tagihan|duit|uang|fee)",
    "money": r"(?:\d+(?:[.,]\d+)?\s*(?:rb|ribu|k|jt|juta|an)|rp\.?\s?\d[\d.,]*|\d+[.,]\d{3}(?:[.,]\d{3})*)",
}

SIGNALS: dict[str, list[tuple[str, float]]] = {
    "unrealistic_deadline": [
        (r"\b(?:besok|bsk|besuk)\b", 0.45),
        (
            r"\b(?:hari ini|malam ini|malem ini|nanti malam|ntar malam|nanti malem|sore ini|siang ini|pagi ini|detik ini)\b",
            0.5,
        ),
        (
            r"\b(?:sekarang juga|saat ini juga|hari ini juga|detik ini juga|malam ini juga|besok pagi|besok subuh)\b",
            0.8,
        ),
        (
            r"\b(?:secepatnya|secepat mungkin|secepat-cepatnya|asap|urgent|urgen|mendesak|darurat|buru-buru|buru2|kilat|dadakan|ngebut|cepetan|cepet-cepet|cepat-cepat|segera|gercep)\b",
            0.6,
        ),
        (r"\b{work}\w*\b{gap}\b{soon}\b", 0.7),
        (r"\b{soon}\b{g}\b(?:{work}|harus|wajib|mesti|kudu|udah|sudah)\w*\b", 0.5),
        (
            r"\b(?:harus|wajib|mesti|kudu|perlu|butuh|butuhnya|minta|pengen|mau)\b{g}\b(?:besok|hari ini|malam ini|sekarang|secepatnya|jam \d+|\d+ jam|sejam)\b",
            0.7,
        ),
        (
            r"\b(?:dalam|cuma|hanya|paling lama|maks|maksimal|max|tinggal|sisa)\s+(?:\d+|satu|dua|tiga|sejam|setengah)\s*(?:jam|menit|mnt|hari)\b",
            0.7,
        ),
        (r"\b(?:\d+|satu|dua|tiga)\s*jam\s+(?:lagi|aja|saja|doang)\b|\bsejam\b", 0.7),
        (
            r"\b(?:gak|ga|nggak|tidak|tdk|gk|ngga)\s+bisa\s+(?:nunggu|menunggu|nungu|tunggu|lama|lama-lama)\b|\b(?:kelamaan|kelambatan|terlalu lama|lama banget|lama bgt|kok lama|kelamaan)\b",
            0.8,
        ),
        (
            r"\bdeadline\w*\b{g}\b(?:besok|hari ini|malam ini|nanti malam|dimajuin|dimajukan|maju|majuin|dipercepat|sekarang)\b",
            1.0,
        ),
        (r"\b(?:dimajuin|dimajukan|majuin|percepat|dipercepat|mempercepat|dipercepet)\b", 0.7),
        (
            r"\b(?:weekend ini|minggu ini|akhir pekan ini|sabtu ini|minggu depan|senin)\b{g}\b(?:selesai|kelar|beres|semua|jadi|launching|live)\b|\b(?:selesai|kelar|beres)\s+semua\b",
            0.7,
        ),
        (
            r"\b(?:semua|seluruh|full|lengkap|\d+ halaman|\d+ video|\d+ artikel|\d+ desain|\d+ post)\b{gap}\b(?:besok|hari ini|malam ini|weekend ini|minggu ini|(?:dalam|cuma)\s+(?:\d+|sehari|dua|tiga)\s*(?:hari|jam))\b",
            0.6,
        ),
        (r"\b(?:harus|wajib|mesti|kudu)\s+(?:jadi|selesai|kelar|beres|siap|live|tayang)\b", 0.45),
        (r"\b(?:kapan|kpn)\s+(?:jadinya|selesainya|kelarnya)\s*\?{2,}", 0.5),
        (
            r"\b(?:bisa|bs|sempat|sempet)\b{g}\b(?:malam ini|hari ini|sore ini|besok pagi|sekarang)\b",
            0.35,
        ),
        (
            r"\b{work}\w*\b{gap}\b(?:minggu ini|lusa|weekend ini|akhir pekan ini|senin|selasa|rabu|kamis|jumat|sabtu)\b",
            0.5,
        ),
        (r"\blusa\b", 0.4),
        (
            r"\b\d+\s+(?:\w+\s+)?(?:artikel|halaman|desain|video|post|postingan|foto|slide|produk|konten|logo|banner)\b{gap}\b(?:besok|lusa|hari ini|malam ini|minggu ini|weekend)\b",
            0.7,
        ),
    ],
    "scope_creep": [
        (r"\bsekalian\b", 0.75),
        (r"\bmumpung\b", 0.8),
        (r"\b(?:tambahin|tambahkan|ditambahin|ditambah|ditambahkan|nambahin|nambah|tambah)\b", 0.4),
        (r"\b(?:tambahin|tambahkan|nambahin|tambah)\b{g}\b(?:\d+|satu|dua|tiga|lagi|juga)\b", 0.4),
        (r"\b(?:juga|jg)\s+(?:ya|yah|dong|deh|sekalian|aja)\b", 0.45),
        (
            r"\b(?:masih|kan|tetap|tetep)\s+(?:budget|harga|biaya|paket|fee|bayaran)\s*(?:yang|yg)?\s*(?:sama|segitu|itu)\b|\b(?:budget|harga|biaya|fee)\s*(?:nya)?\s+(?:yang|yg)\s+sama\b|\bharga\w*\s+sama\s+(?:aja|saja|kan|ya)\b",
            0.8,
        ),
        (
            r"\b(?:masih|kan|udah|sudah|harusnya|seharusnya)\s+(?:masih\s+)?(?:termasuk|include|included|masuk|satu paket|sepaket|dalam paket|satu (?:project|proyek|projek|kerjaan|order|pesanan))\b|\b(?:termasuk|include|masuk|sepaket)\s+(?:kan|dong|ya|juga kan)\b",
            0.85,
        ),
        (
            r"\b{neg}\s+(?:ada\s+)?(?:biaya|bayar|charge|fee|ongkos)\s+(?:tambahan|lagi|extra|ekstra)\b|\btanpa\s+(?:biaya|bayar|charge)\s+(?:tambahan|lagi|extra)\b",
            0.6,
        ),
        (
            r"\b(?:sama|mirip)\s+(?:aja|saja|kok|kan)\s+(?:kerjaannya|kerjaan|kerjanya|prosesnya|caranya)\b|\bsama kok\b|\bgampang kok\b|\bcuma (?:dikit|sedikit|sebentar)\b|\bkan (?:udah|sudah) ada\b",
            0.5,
        ),
        (r"\b(?:sama|plus|terus|trus|lalu|dan)\s+(?:\w+\s+)?(?:juga|sekalian)\b", 0.4),
        (
            r"\b(?:versi|bikin|buat|bikinin|buatin)\s+(?:\w+\s+)?(?:aplikasi|app|apk|animasi|stiker|mobile|video|template|kartu nama|brosur|banner|feed|story|reels?|landing page|website|toko online)\b{g}\b(?:juga|sekalian|dong|ya)\b",
            0.55,
        ),
        (
            r"\b(?:\d+|satu|dua|tiga|beberapa)\s+(?:\w+\s+)?lagi\s+(?:ya|dong|deh|aja|sekalian)\b|\blagi\s+(?:\d+|satu|dua|tiga)\b",
            0.4,
        ),
        (r"\b(?:satu|1)\s+(?:halaman|page|desain|video|artikel|fitur|menu|bahasa)\s+lagi\b", 0.45),
        (r"\btambah\w*\b{gap}\bjuga\b", 0.5),
        (
            r"\b(?:harga|budget|biaya|fee|bayaran)\w*\s+(?:tetap|tetep|masih sama|gak berubah|ga berubah|nggak berubah|tidak berubah)\b",
            0.8,
        ),
    ],
    "price_pressure": [
        (r"\b(?:diskon|diskonnya|discount|potongan|korting|promo)\b", 0.75),
        (
            r"\b(?:kemahalan|mahal banget|mahal bgt|mahal amat|mahal bener|terlalu mahal|kok mahal|mahal ya|kemahalan|kok segitu|masa segitu|mahal)\b",
            0.7,
        ),
        (
            r"\b(?:murahin|dimurahin|murahkan|lebih murah|murah(?:an)? dikit|murahan|yang murah)\b",
            0.85,
        ),
        (r"\b(?:nego|negoin|nawar|tawar|ditawar|tawarin|negosiasi)\b", 0.8),
        (
            r"\b(?:harga|harganya)\s+(?:teman|temen|saudara|sodara|mahasiswa|pelajar|khusus|spesial|special|pas|nett|bersahabat|miring|corona)\b",
            0.9,
        ),
        (
            r"\b(?:kurangin|dikurangin|kurangi|turunin|diturunin|turunkan|potong)\b{g}\b(?:harga|harganya|fee|biaya|dikit|sedikit|lagi)\b|\b(?:harga|fee|biaya)\w*\s+(?:dikurangin|diturunin|dikurangi|diturunkan)\b",
            1.0,
        ),
        (r"\b(?:bisa|boleh)\s+(?:kurang|kurangin|dikurangin|turun|lebih murah)\b", 0.9),
        (r"\b(?:setengah|separuh|setengahnya|separuhnya|50 ?%|50 persen)\b", 0.6),
        (
            r"\b(?:di|tempat|toko|jasa|orang|freelancer|vendor|desainer|sebelah|yang)\s*(?:lain|sebelah)\b{gap}\b(?:cuma|hanya|murah|lebih murah|{money}|setengah)\b|\b(?:di )?sebelah\s+(?:cuma|hanya)\b",
            1.0,
        ),
        (
            r"\b(?:budget|bujet|dana|anggaran|duit)\s*(?:nya|kami|kita|ku|aku|saya)?\s+(?:lagi\s+|sangat\s+|agak\s+|cukup\s+|memang\s+)?(?:cuma|hanya|tipis|terbatas|mepet|segini|kecil|minim|pas-pasan)\b",
            0.8,
        ),
        (
            r"\b(?:masa|kok)\b{g}\b(?:doang|cuma|aja)\b{g}\b{money}\b|\b{money}\s+(?:aja|saja|ya|yah|dong|deh)\b",
            0.7,
        ),
        (r"\b(?:doang|cuma tulisan|cuma gambar)\b", 0.3),
        (
            r"\b(?:promosiin|promosikan|rekomendasiin|rekomendasikan|kenalin)\b{g}\b(?:ke|sama)\s+(?:teman|temen|temen2|teman-teman|orang)\b",
            0.5,
        ),
        (
            r"\b(?:order|pesan)\s+(?:banyak|lagi|rutin)\b{g}\b(?:diskon|murah|potongan|kurang)\b",
            0.6,
        ),
    ],
    "late_payment": [
        (
            r"\b{pay}\w*\b{gap}\b(?:nanti|ntar|kalau|kalo|klo|setelah|sesudah|habis|abis|pas|begitu|nunggu|tunggu|menunggu)\b{gap}\b(?:live|jadi|launching|launch|rilis|laku|laris|cair|gajian|untung|profit|ada (?:uang|dana|duit)|klien\s*(?:kita|kami)?\s*bayar|client\s*(?:kita|kami)?\s*bayar|dibayar klien|proyek\w* (?:cair|selesai)|omzet|jualan|penjualan|tayang|naik|terjual|rame|ramai|sukses|berhasil|balik modal|ada pemasukan|ada pembeli)\w*\b",
            1.0,
        ),
        (
            r"\b(?:nunggu|tunggu|menunggu)\s+(?:klien|client|customer|pelanggan|investor|dana|pencairan|termin|anggaran|bos)\w*\s*(?:kita|kami)?\s*(?:bayar|cair|transfer|turun)?\b",
            0.8,
        ),
        (
            r"\b(?:nanti|ntar|belakangan|akhir bulan|bulan depan|minggu depan|tahun depan|kapan-kapan|kapan2)\s+(?:aja|saja|ya|deh)?\s*(?:bayar|dibayar|ditransfer|transfer|tf|pelunasan|lunasin|dilunasi)\w*\b",
            0.9,
        ),
        (
            r"\b(?:bayar|dibayar|transfer|tf|pelunasan|lunasin)\w*\s+(?:nya\s+)?(?:nanti|ntar|belakangan|akhir bulan|bulan depan|minggu depan|tahun depan|kapan-kapan)\b",
            0.9,
        ),
        (
            r"\b(?:dp|uang muka|down payment)\w*\b{gap}\b(?:nanti|belakangan|setelah|sesudah|habis|abis|skip|{neg} usah|{neg} ada|tanpa)\b|\btanpa\s+(?:dp|uang muka)\b",
            1.0,
        ),
        (
            r"\b(?:belum|blm|{neg})\s+(?:bisa\s+)?(?:di)?(?:bayar|transfer|tf|cair|lunas|dilunasi)\w*\b",
            0.6,
        ),
        (
            r"\b(?:tunda|nunda|ditunda|mundur|diundur|undur)\w*\s+(?:dulu\s+)?(?:bayar|pembayaran|transfer|pelunasan)\w*\b|\b(?:pembayaran|bayar|transfer|tf|pelunasan)\w*\s+(?:telat|terlambat|mundur|tertunda|ditunda|diundur|belakangan|molor)\b",
            1.0,
        ),
        (r"\b(?:dana|uang|duit|anggaran)\w*\s+(?:belum|blm)\s+(?:cair|ada|masuk|turun)\b", 0.9),
        (r"\b(?:nyicil|cicil|dicicil|cicilan|angsur|diangsur)\b", 0.6),
        (
            r"\b(?:santai|sabar)\s*(?:aja|dulu)?\b{gap}\b(?:dibayar|bayar|transfer|invoice|tagihan)\b|\bnanti juga dibayar\b|\b(?:invoice|tagihan)\w*\b{g}\b(?:lewat|telat|nunggak)\b",
            0.9,
        ),
        (
            r"\b(?:\d+|satu|dua|tiga|enam)\s+(?:bulan|minggu)\b{g}\b(?:baru\s+)?(?:bayar|dibayar|cair|transfer)\b|\b(?:biasanya|biasa)\s+(?:\d+|tiga|dua)\s+bulan\b",
            0.6,
        ),
        (r"\b(?:tetap|tetep|masih)\s+(?:jalan|lanjut|dikerjain|dikerjakan)\s+(?:kan|ya)\b", 0.35),
    ],
    "free_work": [
        (
            r"\b(?:gratis|gratisan|free|cuma-cuma|cuma2|percuma)\b(?!\s*(?:ongkir|ongkos kirim|shipping|konsultasi|time|wifi|revisi\s+(?:1|satu|sekali)))",
            0.8,
        ),
        (
            r"\b(?:{neg}|tanpa)\s+(?:usah\s+)?(?:di)?bayar\b|\btanpa\s+(?:biaya|fee|bayaran|imbalan)\b|\b(?:sukarela|relawan|volunteer)\b",
            0.9,
        ),
        (
            r"\b(?:buat|untuk|nambah|tambah|isi|ngisi|menambah)\s+(?:portofolio|portfolio|porto|cv)\b",
            0.8,
        ),
        (
            r"\b(?:exposure|promosiin kamu|di-?tag|tag kamu|tag kakak|mention|dimention|dikenal|terkenal)\b",
            0.55,
        ),
        (
            r"\b(?:contoh|sampel|sample|tes|test|percobaan|trial|coba)\s+(?:desain|artikel|tulisan|foto|video|logo|kerja)?\s*(?:dulu|gratis|free)\b",
            0.6,
        ),
        (
            r"\b(?:kalau|kalo|klo|jika)\s+(?:cocok|bagus|suka|oke|ok|sreg)\b{g}\b(?:baru|nanti|kita|kami)\b{g}\b(?:order|bayar|pakai|pake|lanjut|deal|hire)\b",
            0.6,
        ),
        (r"\b(?:kontes|lomba|sayembara)\b|\byang menang\b", 0.8),
        (
            r"\b(?:anggap|itung|hitung|anggep)\w*\s+(?:aja\s+)?(?:sebagai\s+)?(?:bantuan|bantu|teman|temen|amal|sedekah)\b|\bkan (?:kita )?(?:teman|temen|saudara|sodara)\b|\b(?:bantuin|bantu)\s+(?:dong|ya|aja)\b{g}\b(?:sebentar|bentar|dikit|doang)\b",
            0.6,
        ),
        (
            r"\b(?:sebentar|bentar|cuma sebentar|5 menit|lima menit|sebentar aja)\s+(?:aja|doang|saja|kok)\b",
            0.45,
        ),
        (r"\b(?:belum|blm|{neg})\s+(?:ada|punya)\s+(?:budget|dana|anggaran|duit|uang)\b", 0.6),
        (r"\b(?:traktir|ditraktir|bayar pakai|dibayar pakai|dibayar dengan)\b", 0.6),
    ],
    "always_available": [
        (
            r"\b(?:24 jam|24/7|24 ?x ?7|kapan saja|kapan aja|kapanpun|kapan pun|setiap saat|tiap saat|siang malam|siang dan malam|tengah malam|dini hari|non ?stop)\b",
            0.7,
        ),
        (
            r"\b(?:kok|kenapa|knp|napa|kenapa sih)\b{g}\b(?:gak|ga|nggak|ngga|tidak|tdk|belum|blm|gk)\s+(?:di)?(?:bales|balas|dibalas|dibales|jawab|dijawab|angkat|diangkat|respon|respons|read|dibaca|baca|online|aktif|nyaut|angkat telepon)\w*",
            1.0,
        ),
        (
            r"\b(?:telpon|telepon|telp|tlp|nelpon|call|wa|chat)\w*\b{gap}\b(?:{neg}|belum|blm)\s+(?:di)?(?:angkat|bales|balas|jawab|respon|baca|read)\w*\b",
            0.9,
        ),
        (
            r"\b(?:cuma|hanya|doang)\s+(?:di)?(?:read|baca)\b|\bcentang (?:dua|biru|2)\b|\b(?:di)?read (?:doang|aja)\b",
            0.8,
        ),
        (
            r"\b(?:slow|lambat|lama|lelet)\s+(?:respon|respons|balas|bales|jawab)\w*\b|\bfast\s+(?:respon|response|respons)\b",
            0.6,
        ),
        (
            r"\b(?:harus|wajib|mesti|kudu|tolong)\s+(?:selalu\s+)?(?:online|standby|stand by|siaga|siap sedia|bisa dihubungi|aktif|on)\b|\bstandby\b",
            0.8,
        ),
        (
            r"\b(?:hp|handphone|hape|telepon|wa)\w*\s+(?:jangan|{neg} usah)\s+(?:dimatiin|dimatikan|mati|off|silent)\b|\bjangan\s+(?:dimatiin|dimatikan|matiin|off)\b",
            0.9,
        ),
        (
            r"\b(?:pas|waktu|saat|selama)\s+(?:liburan|libur|cuti|lebaran|natal|tahun baru|weekend|akhir pekan)\b",
            0.5,
        ),
        (
            r"\b(?:sabtu|minggu|weekend|libur|malam|malem|jam \d+ malam|subuh)\b{g}\b(?:juga|tetap|tetep|harus|standby|kerja|bales|balas|online)\b",
            0.55,
        ),
        (
            r"\b(?:bales|balas|respon|jawab)\w*\s+(?:chat\s+)?(?:maksimal|maks|max|paling lama|dalam|cuma|harus)\s+(?:\d+|lima|sepuluh|satu)\s*(?:menit|mnt|detik|jam)\b",
            0.9,
        ),
        (
            r"\b(?:update|laporan|lapor|kabari|kabarin)\w*\b{g}\b(?:tiap|setiap|per)\s+(?:jam|\d+ jam|menit|\d+ menit|setengah jam)\b",
            0.9,
        ),
        (
            r"\b(?:udah|sudah|dari tadi|udh)\b{g}\b(?:chat|wa|telpon|nelpon|tanya|nanya|spam|hubungi)\w*\b{g}\b(?:berkali|\d+\s*x|\d+ kali|dari tadi|{neg}|belum)\b|\b\d+\s*x\b{g}\b(?:{neg}|belum)\s+(?:di)?angkat\b",
            0.9,
        ),
        (r"\b(?:ke mana aja|kemana aja|kemana sih|ke mana sih|ngilang|menghilang|hilang)\b", 0.6),
        (r"\b(?:halo|hallo|helo|p|ping|woy|woi|oi|kak|min|gan)\s*[?!]{2,}", 0.5),
        (
            r"\b(?:bos|boss|atasan|klien)\s+(?:ga|gak|nggak|tidak)\s+suka\s+(?:nunggu|menunggu|nungu)\b",
            0.6,
        ),
    ],
    "guaranteed_outcome": [
        (
            r"\b(?:garansi|digaransi|jamin|dijamin|jaminan|menjamin|njamin|pastikan|memastikan|pastiin)\b",
            0.85,
        ),
        (
            r"\b(?:halaman|page)\s+(?:pertama|satu|1)\b|\b(?:peringkat|ranking|rank)\s+(?:1|satu|pertama|atas|teratas)\b|\b(?:teratas|nomor satu|no\.? ?1)\b{g}\b(?:google|pencarian|search)\b",
            0.9,
        ),
        (r"\b(?:viral|fyp|trending|meledak|booming)\b", 0.7),
        (
            r"\b(?:harus|wajib|mesti|kudu|pasti)\s+(?:laku|laris|viral|berhasil|sukses|rame|ramai|tembus|naik|untung|balik modal|dapat|dapet)\b",
            0.9,
        ),
        (
            r"\b(?:naik|meningkat|dobel|double|2x|dua kali lipat|berlipat|tembus|nembus|dapat|dapet|minimal)\b{g}\b(?:\d+\s*(?:rb|ribu|k|jt|juta)?|sejuta|seribu)?\s*(?:penjualan|omzet|omset|sales|followers?|follower|pengikut|traffic|leads|views|view|order|orderan|pembeli|pelanggan|like|likes|subscriber|penonton)\b",
            0.7,
        ),
        (
            r"\b(?:uang|duit|dana)\w*\s+(?:di)?(?:kembali|balik)\w*\b|\b(?:balikin|kembalikan|kembaliin)\s+(?:uang|duit|dana)\w*\b|\brefund\b|\b(?:kalau|kalo|klo|jika)\s+(?:{neg}|enggak)\b{g}\b(?:{neg}|enggak)\s+(?:bayar|dibayar)\b|\b(?:kalau|kalo|klo)\s+(?:enggak|nggak|gak|ga)\b{g}\b(?:uang|duit)\w*\s+(?:balik|kembali)\b",
            0.9,
        ),
        (r"\b(?:100|seratus)\s*(?:%|persen)\s*(?:berhasil|sukses|pasti|jamin|yakin)\b", 1.0),
        (r"\b(?:pasti|yakin)\b{g}\b(?:laku|laris|viral|berhasil|sukses|tembus|naik)\b", 0.5),
    ],
    "vague_brief": [
        (r"\bterserah\b", 0.85),
        (
            r"\bpokoknya\b{g}\b(?:yang\s+)?(?:bagus|keren|menarik|kekinian|wow|mantap|oke|ok|elegan|mewah|estetik|aesthetic|beda|unik|kece|cakep|simple|modern)\b",
            0.9,
        ),
        (r"\bpokoknya\b", 0.35),
        (
            r"\b(?:yang\s+)?(?:bagus|keren|menarik|kekinian|modern|elegan|mewah|simple|cakep|estetik|aesthetic|eye catching|catchy|wah|wow|kece|beda)\s+(?:aja|saja|deh|lah)\b",
            0.6,
        ),
        (
            r"\b(?:belum|blm|{neg})\s+(?:tahu|tau|yakin|kepikiran|kebayang|ada gambaran|ada ide)\b{g}\b(?:mau|ingin|pengen|pengin|seperti|kayak|kaya|maunya)?\s*(?:apa|gimana|bagaimana|yang mana|kayak apa)\b",
            1.0,
        ),
        (r"\b(?:belum|blm|{neg})\s+(?:tahu|tau)\s+(?:maunya|mau|maunya gimana)\b", 0.9),
        (
            r"\b(?:nanti|ntar)\s+(?:aku|saya|kami|gue)\s+(?:tahu|tau)\b{g}\b(?:liat|lihat)\b|\b(?:tahu|tau)\s+(?:kalau|kalo|pas)\s+(?:udah|sudah)\s+(?:liat|lihat)\b",
            1.0,
        ),
        (
            r"\b(?:coba|bikin|buat|kerjain)\s+(?:aja|saja)\s+(?:dulu|dl)\b|\bnanti (?:aku|saya|kami) (?:lihat|liat)\b",
            0.6,
        ),
        (r"\b(?:bebas|dibebaskan|kebebasan|sebebasnya)\b", 0.6),
        (
            r"\b(?:sesuai|sesuaikan|ikut|ikutin)\s+(?:selera|feeling|kreativitas|kreasi|imajinasi)\s*(?:kamu|kakak|mas|mbak|anda)?\b|\b(?:sesuai|ikut) (?:kakak|kamu|mas) aja\b",
            0.9,
        ),
        (r"\b(?:kayak|seperti|mirip|kaya)\b{g}\btapi\s+(?:beda|lebih|yang|jangan|{neg})\b", 0.7),
        (r"\byang penting\s+(?:bagus|keren|menarik|wow|mantap|cakep)\b", 0.9),
        (
            r"\b(?:kekinian|modern|simple|minimalis|elegan|mewah|playful|ceria|formal)\b{g}\btapi\b{g}\b(?:elegan|mewah|klasik|ramai|rame|ceria|formal|santai|simple|modern|tradisional|meriah)\b",
            0.7,
        ),
        (r"\b(?:ngerti|paham|tau|tahu)\s+(?:kan\s+)?maksud\w*\b", 0.5),
        (r"\b(?:surprise me|you decide|up to you|make it pop|terserah kamu)\b", 0.9),
        (
            r"\bkurang\s+(?:greget|nendang|wah|hidup|pop|ngena|sreg|srek|nyawa|jiwa|feel)\b|\bfeel\w*\s+(?:nya\s+)?(?:belum|kurang|{neg})\b",
            0.6,
        ),
        (r"\b{neg}\s+(?:ada\s+)?(?:brief|konsep|referensi|gambaran|bayangan)\b", 0.6),
        (
            r"\b(?:yang\s+)?menurut\s+(?:kakak|kamu|mas|mbak|anda|agan)\s+(?:bagus|oke|ok|cocok|pas|terbaik|keren)\b|\b(?:aku|saya|kami)\s+ikut\s+(?:aja|saja)?\b",
            0.6,
        ),
    ],
    "endless_revisions": [
        (
            r"\brevisi\w*\s+(?:lagi|lg|terus|mulu|melulu|sekali lagi|dikit lagi|satu kali lagi|tambahan|lagi dong)\b",
            1.0,
        ),
        (
            r"\b(?:yang\s+)?ke-?\s?(?:\d+|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b",
            0.6,
        ),
        (
            r"\brevisi\w*\b{g}\b(?:ke-?\s?(?:\d+|tiga|empat|lima|enam|tujuh|sepuluh)|terakhir)\b",
            0.7,
        ),
        (
            r"\b(?:ganti|ubah|rubah|diubah|diganti|dirubah|edit|revisi|bikin|buat|ulang)\w*\b{g}\b(?:lagi|lg|balik|kembali|ulang)\b",
            0.6,
        ),
        (
            r"\b(?:balik|kembali|pakai|pake)\s+(?:lagi\s+)?(?:ke\s+)?(?:yang\s+|yg\s+)?(?:\w+\s+)?(?:awal|pertama|lama|sebelumnya|kemarin|versi\s?\d+|versi awal|draft\s?\d+|opsi\s?\w+)\b",
            1.0,
        ),
        (
            r"\b(?:dari\s+awal|dari\s+nol|mulai\s+lagi|ulang\s+lagi|ulang\s+dari|rombak|dirombak|ganti\s+konsep|ganti\s+total)\b",
            0.8,
        ),
        (
            r"\b(?:udah|sudah)\s+(?:di-?)?(?:approve|acc|setuju|oke|ok|fix|final)\w*\b{gap}\b(?:tapi|tp|eh)\b",
            0.7,
        ),
        (r"\b(?:masih|tetap|tetep)\s+(?:belum|blm|kurang|{neg}|jelek)\b", 0.6),
        (r"\b(?:coba|bikin|buat)\s+(?:yang\s+|yg\s+)?(?:lain|beda|lagi|baru)\b", 0.5),
        (
            r"\b(?:\d+|beberapa|banyak|lima|sepuluh)\s+(?:opsi|alternatif|pilihan|versi|konsep)\s+(?:lagi|lain|tambahan)\b",
            0.8,
        ),
        (
            r"\b(?:sampai|sampe|ampe)\s+(?:saya|aku|kami|bos|boss|atasan)\s+(?:puas|suka|oke|setuju|sreg)\b",
            0.9,
        ),
        (r"\b(?:unlimited|tanpa batas|sepuasnya|sebanyak-banyaknya)\b", 0.9),
        (
            r"\b(?:campur|gabung|gabungin|digabung|mix)\s+(?:aja\s+)?(?:keduanya|dua-duanya|semua|versi)\b|\beh\s+(?:versi|yang)\b",
            0.5,
        ),
        (
            r"\b(?:janji|sumpah|beneran)\b{g}\b(?:terakhir)\b|\bterakhir\b{g}\b(?:beneran|janji|sumpah)\b",
            0.9,
        ),
        (r"\b(?:{neg}|kurang|belum)\s+(?:suka|sreg|srek|cocok|pas|sesuai|masuk|dapet feel)\b", 0.4),
        (r"\bbos\w*\s+(?:minta|mau|pengen|bilang)\s+(?:ganti|ubah|revisi|ulang)\b", 0.5),
    ],
    "ignores_advice": [
        (
            r"\b(?:ikutin|ikuti|turuti|turutin|sesuai|nurut)\s+(?:aja|saja)?\s*(?:mau|maunya|permintaan|kata|perintah|keinginan)\s*(?:saya|aku|kami|klien|gue)\b",
            1.0,
        ),
        (
            r"\b(?:aku|saya|gue|gw|kami)\s+(?:tau|tahu|ngerti|paham)\s+(?:kakak|kamu|mas|mbak|anda|situ|gan|min)?\s*(?:bilang|ngomong|nyaranin|menyarankan|saranin|sarankan)\b{gap}\b(?:tapi|tp|namun)\b",
            1.1,
        ),
        (r"\b(?:tau|tahu|ngerti|paham)\s+(?:kok|sih)\b{gap}\b(?:tapi|tp)\b", 0.6),
        (
            r"\b(?:{neg}|tak)\s+usah\s+(?:mikirin|pikirin|ribet|banyak tanya|protes|ngatur|komen|ngasih saran|kasih saran|testing|tes|backup|best practice|pakai best practice|pake best practice|responsive|responsif|versi hp|mobile)\b",
            0.8,
        ),
        (
            r"\b(?:aku|saya|kami|gue|gw)\s+(?:yang\s+)?(?:bayar|klien|client|bos|boss|yang punya)\b",
            0.7,
        ),
        (
            r"\b(?:aku|saya|kami|gue)\s+(?:lebih\s+)?(?:tahu|tau|ngerti|paham)\s+(?:bisnis|pasar|customer|pelanggan|market|usaha)\w*\b",
            0.9,
        ),
        (
            r"\b(?:kerjain|kerjakan|bikin|buat|ikutin)\s+(?:aja|saja)\b{g}\b(?:jangan|{neg} usah)\s+(?:banyak\s+)?(?:tanya|protes|komentar|ngeyel|ngatur|bantah|ribet)\b",
            1.2,
        ),
        (
            r"\b(?:saran|masukan|rekomendasi)\s*(?:kamu|kakak|mas|mbak|anda|nya)?\b{g}\b(?:tapi|tp)\b{g}\b(?:{neg}|tetap|tetep|mau)\b",
            0.9,
        ),
        (
            r"\b(?:jangan|{neg} usah)\s+(?:ngatur|ngajarin|sok tau|sok tahu|menggurui|ceramah)\b",
            1.0,
        ),
        (
            r"\b(?:gpp|gapapa|ga papa|nggak apa-apa|tidak apa-apa|biarin|bodo amat|bodoamat|masa bodo)\s*(?:lah|aja|deh)?\b",
            0.35,
        ),
        (
            r"\b(?:katanya|kata kakak|kakak bilang|kamu bilang)\b{gap}\b(?:gpp|gapapa|tetap|tetep|biarin|tapi)\b",
            0.6,
        ),
        (
            r"\b(?:pelanggan|customer|klien)\s+(?:kita|kami)\s+(?:pakai|pake)\s+(?:laptop|hp|desktop)\s+semua\b|\bbest practice\b",
            0.5,
        ),
        (
            r"\b(?:katanya|kata kakak|kakak bilang|kamu bilang)\b[^\n]{0,50}\b(?:gpp|gapapa|tetap|tetep|biarin|bodo amat)\b",
            0.7,
        ),
    ],
    "unethical_request": [
        (
            r"\b(?:review|ulasan|testimoni|testimonial|rating|bintang|komen|komentar)\w*\b{gap}\b(?:palsu|fake|bodong|boongan|bohongan|akun lain|akun palsu|nama beda|nama lain|nama-nama|beda-beda|samaran)\b",
            1.2,
        ),
        (
            r"\b(?:\d+|lima puluh|seratus)\s+(?:review|ulasan|testimoni|rating)\s+(?:bintang\s+)?(?:5|lima)\b",
            0.8,
        ),
        (
            r"\b(?:beli|beliin|membeli|dibeliin|borong)\s+(?:\d+\s*(?:rb|ribu|k)?\s+)?(?:follower|followers|like|likes|pengikut|views|subscriber|komen|rating|review)\w*\b",
            1.2,
        ),
        (
            r"\b(?:contek|nyontek|jiplak|menjiplak|plagiat|plagiasi|tiru|niru|meniru|copas|copy paste|parafrase|parafrasa)\w*\b",
            0.8,
        ),
        (r"\b(?:sama persis|persis sama|persis kayak|persis seperti)\b", 0.7),
        (
            r"\b(?:biar|supaya|agar)\s+(?:{neg}|tidak)\s+(?:ketahuan|ketauan|kedeteksi|terdeteksi)\b|\b(?:{neg}|tidak)\s+(?:bakal|akan|ada yang)\s+(?:tahu|tau|ketahuan|sadar|ngecek|cek|nyadar)\w*\b|\b{neg}\s+ada\s+yang\s+(?:ngecek|cek|tau|tahu)\b",
            0.9,
        ),
        (
            r"\b(?:hapus|ilangin|hilangkan|buang|hapusin)\s+(?:watermark|wm|logo|copyright)\w*\b",
            1.1,
        ),
        (
            r"\b(?:ambil|comot|nyomot|pakai|pake|download)\s+(?:aja\s+)?(?:foto|gambar|gambarnya|fotonya|font|lagu|musik|video)\w*\b{gap}\b(?:google|pinterest|ig|instagram|internet|orang lain|kompetitor|pesaing)\b",
            1.0,
        ),
        (r"\b(?:bajakan|crack|crackan|nulled|bajak|ilegal)\b", 0.9),
        (
            r"\b(?:manipulasi|palsukan|palsuin|memalsukan|mark ?up|markup|naikin|ubah|ganti|edit)\s+(?:data|angka|nota|kwitansi|kuitansi|invoice|tanggal|laporan|tanggal lahir|ijazah|sertifikat)\w*\b",
            0.9,
        ),
        (
            r"\b(?:tanpa|{neg} pakai|{neg} pake)\s+(?:faktur|invoice|nota|pajak|kuitansi)\b|\b(?:hindari|ngakalin|akali|ngindarin)\s+pajak\b",
            0.9,
        ),
        (
            r"\b(?:joki|jokiin|kerjain|kerjakan|bikinin|buatin)\s+(?:tugas|skripsi|ujian|tesis|makalah|pr|ulangan)\w*\b|\bjoki\b",
            1.0,
        ),
        (
            r"\b(?:nyembuhin|menyembuhkan|sembuhkan|bisa sembuh|obat)\b{g}\b(?:diabetes|kanker|hipertensi|covid|jantung|stroke|penyakit)\b|\b(?:klaim|tulis)\w*\b{g}\b(?:bpom|halal|sni)\b{g}\b(?:padahal|walaupun|belum)\b",
            1.0,
        ),
        (
            r"\b(?:jangan|{neg} usah)\s+(?:bilang|kasih tahu|kasih tau|lapor|cerita)\w*\b{g}\b(?:siapa|bos|klien|pajak|orang)\b",
            0.8,
        ),
        (
            r"\b(?:akun|login|password|sandi)\s+(?:orang|kompetitor|mantan|pesaing)\b|\b(?:hack|retas|bobol)\w*\b",
            0.9,
        ),
        (
            r"\b(?:bikin|buat|bikinin|buatin|cetak|cetakin|edit|editin)\w*\s+(?:\w+\s+)?(?:ijazah|ktp|sim|paspor|surat keterangan|surat dokter|surat sakit|sertifikat|slip gaji|rekening koran)\b",
            0.9,
        ),
        (
            r"\bakun\w*(?:-akun)?\s+(?:palsu|bodong|fake|bot|abal-abal|ternak|tuyul)\b|\b(?:palsu|fake)\s+akun\b|\bakun (?:bot|tuyul)\b",
            1.0,
        ),
    ],
    "outside_expertise": [
        (
            r"\b(?:kan|karena|soalnya|berarti|kakak kan|kamu kan)\s+(?:kamu\s+|kakak\s+|mas\s+|mbak\s+|situ\s+)?(?:desainer|designer|programmer|developer|orang it|anak it|penerjemah|translator|fotografer|penulis|copywriter|editor|videografer|jago nulis|jago desain|jago komputer|ngerti (?:komputer|it|teknologi|internet))\b",
            0.8,
        ),
        (
            r"\b(?:websitenya|webnya|logonya|desainnya|videonya)\s+kan\s+(?:kamu|kakak|mas|mbak)\s+yang\s+(?:bikin|buat)\b",
            0.6,
        ),
        (
            r"\b(?:benerin|betulin|perbaiki|perbaikin|servis|service|instal|install|instalin|setting|setingin|setup)\s+(?:\w+\s+)?(?:laptop|komputer|printer|wifi|router|hp|handphone|jaringan|server|cctv|mesin|kasir|modem|tv|ac|kulkas|mobil|motor|pompa|listrik)\w*\b",
            0.9,
        ),
        (
            r"\b(?:urus|urusin|ngurus|bikin|buat|buatin|bikinin|bantu urus)\s+(?:\w+\s+)?(?:pajak|npwp|izin|perizinan|legalitas|pt|akta|kontrak hukum|surat hukum|laporan keuangan|pembukuan|katering|catering|gaji karyawan|bpjs|visa|paspor)\b",
            0.8,
        ),
        (
            r"\b(?:saran|konsultasi|nasihat|cek|review)\s+(?:hukum|pajak|keuangan|medis|kesehatan|legal)\b|\b(?:klaim kesehatan|aturan bpom|izin bpom|hukum soal|masalah hukum)\b",
            0.9,
        ),
        (
            r"\b(?:bukan|di ?luar)\s+(?:bidang|keahlian|spesialisasi|ranah|kerjaan)\s*(?:nya|kamu|kakak|mas|mbak)?\b",
            1.0,
        ),
        (
            r"\b(?:sekalian|juga)\s+(?:jadi|jadiin|sebagai)\s+(?:admin|fotografer|videografer|penerjemah|translator|model|mc|sopir|kurir|akuntan|pengacara)\b",
            0.7,
        ),
        (
            r"\b(?:desainer|designer|programmer|developer|fotografer|penulis|penerjemah|editor|videografer|admin|orang it|anak it)\s+kan\b",
            0.6,
        ),
    ],
}

REASONABLE: list[tuple[str, float, str]] = [
    (
        r"\b(?:ada|kena)\s+(?:biaya|charge|fee|ongkos)\s+(?:tambahan|extra|ekstra|lagi)\b",
        1.2,
        "unrealistic_deadline scope_creep",
    ),
    (
        r"\b(?:besok|nanti|hari ini|senin|minggu depan)?\s*(?:aku|saya|kami|kita)\s+(?:akan\s+|mau\s+)?(?:kirim|kirimkan|kirimin|kasih|bayar|transfer|tf|email|share|upload)\w*\b",
        1.0,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:ada|punya)\s+(?:paket|opsi|pilihan|versi)\s+(?:yang\s+)?(?:lebih\s+)?(?:murah|hemat|simple|sederhana|basic|kecil)\b|\b(?:bisa dapat|dapat|dapet)\s+apa\s+(?:aja|saja)\b",
        1.2,
        "price_pressure",
    ),
    (
        r"\b(?:fitur|halaman|scope|konten|revisi|jumlah)\w*\s+(?:di)?(?:kurangi|kurangin|pangkas|kecilkan|dikurangi|dikurangin)\b|\b(?:kalau|kalo)\s+(?:fitur|halaman|konten)\w*\s+(?:di)?(?:kurang\w*|pangkas\w*)\b",
        1.2,
        "price_pressure",
    ),
    (
        r"\b(?:berapa|brp|brapa)\b{g}\b(?:biaya|harga|harganya|biayanya|ongkos|tarif|fee|tambahan|charge|per|kalau|kalo)\b|\b(?:biaya|harga|ongkos|tarif|fee|charge)\w*\s*(?:tambahan)?\w*\s+(?:berapa|brp)\b",
        1.0,
        "scope_creep unrealistic_deadline outside_expertise endless_revisions always_available free_work",
    ),
    (
        r"\b(?:siap|bersedia|oke|ok|mau|gapapa|gpp|nggak apa-apa|tidak apa-apa|boleh)\s+(?:kok\s+)?(?:bayar|nambah biaya|tambah biaya|nambah bayar|ada biaya)\b|\b(?:biaya|bayar|fee)\s+(?:tambahan|extra|ekstra)\s+(?:gapapa|gpp|nggak apa|tidak apa|oke|ok|siap|boleh)\b",
        1.3,
        "scope_creep unrealistic_deadline free_work outside_expertise endless_revisions always_available",
    ),
    (
        r"\b(?:{neg})\s+(?:buru-buru|buru2|urgent|mendesak|harus cepat|harus cepet|perlu cepat)\b|\b(?:santai|selow|slow)\s+(?:aja|saja)\b|\b(?:gpp|gapapa|ga papa|nggak apa-apa|tidak apa-apa)\s+(?:kak\s+)?(?:{neg} usah|nanti|besok|minggu depan|lain kali)\b|\b{neg} usah (?:dibales|dibalas|buru-buru)\b",
        1.5,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:kalau|kalo|klo)\s+(?:bisa|sempat|sempet|ada waktu)\b|\b(?:apakah|apa)\s+(?:bisa|mungkin|memungkinkan)\b",
        0.4,
        "*",
    ),
    (
        r"\b(?:kapan|kpn|kira-kira kapan|kira2 kapan|jam berapa)\b{g}\b(?:bisa|selesai|jadi|kelar|siap|dikirim|ada|kosong)\b|\b(?:progres|progress|perkembangan)\w*\b{g}\b(?:gimana|bagaimana)\b",
        0.7,
        "unrealistic_deadline always_available guaranteed_outcome",
    ),
    (
        r"\b(?:sudah|udah|sdh|udh|barusan)\s+(?:saya |aku |kami )?(?:transfer|tf|bayar|lunas|dibayar|ditransfer|dilunasi)\b",
        1.0,
        "late_payment",
    ),
    (
        r"\b(?:minta|kirim|kirimkan|kirimin|kirim)\s+(?:invoice|tagihan|nomor rekening|norek|rekening|kontrak)\w*\b",
        0.8,
        "late_payment unrealistic_deadline",
    ),
    (
        r"\b(?:saran|rekomendasi)\w*\s+(?:gimana|bagaimana|apa|dong)\b|\b(?:makasih|terima kasih)\s+(?:sarannya|masukannya|rekomendasinya)\b|\b(?:ikut|ikuti|sesuai)\s+saran\b",
        0.9,
        "ignores_advice vague_brief",
    ),
    (
        r"\b(?:sesuai|sesuai dengan)\s+(?:kontrak|perjanjian|kesepakatan|paket|brief)\b",
        0.8,
        "endless_revisions scope_creep vague_brief",
    ),
    (
        r"\b(?:revisi|feedback|masukan)\s+(?:pertama|kedua|1|2)\b|\bdraft 1\b",
        0.6,
        "endless_revisions",
    ),
    (
        r"\b(?:update|laporan|kabar)\s+(?:harian|setiap hari|tiap hari|mingguan)\b|\bjam kerja\b|\bhari kerja\b",
        0.6,
        "always_available",
    ),
    (r"\b(?:realistis|realistisnya|ekspektasi)\b", 1.0, "guaranteed_outcome"),
    (
        r"\b(?:asal|asalkan|sesuai)\s+(?:dari|dengan)?\s*(?:palet|brand|brief|guideline|panduan)\b",
        1.0,
        "vague_brief",
    ),
    (
        r"\b(?:kalau|kalo)\s+(?:ga|gak|nggak|tidak)\s+ada\s+(?:juga\s+)?(?:gpp|gapapa|tidak apa-apa|nggak apa-apa)\b|\b(?:gpp|gapapa)\s+(?:kalau|kalo)\b",
        1.2,
        "*",
    ),
    (r"\b(?:makasih|terima kasih|thanks|thx)\b", 0.15, "*"),
]

DEMAND: list[tuple[str, float]] = [
    (r"\b(?:harus|wajib|mesti|kudu)\b", 0.25),
    (r"!{2,}", 0.25),
    (r"\b(?:pokoknya|titik)\b", 0.25),
]


# --- Second pass (helper D2): general families missed on fresh messages.
SIGNALS["ignores_advice"] += [
    (
        r"\b(?:tahu|tau|ngerti|paham|dengar|denger)\b{G}\b(?:saran|nyaranin|menyarankan|sarankan|rekomendasi|ngingetin|peringat)\w*\b{G}\b(?:tapi|tp|namun|cuma)\b",
        0.8,
    ),
    (
        r"\b(?:tetap|tetep|ttp)\s+(?:pakai|pake|pakek|gunakan|pakailah|aja|saja|mau|seperti|kayak|kaya)\b",
        0.35,
    ),
]
SIGNALS["outside_expertise"] += [
    (
        r"\b(?:pajak|spt|pembukuan|akuntansi|laporan keuangan|kontrak kerja|perjanjian hukum|gugatan|notaris|investasi|saham)\b",
        0.45,
    ),
]
REASONABLE += [
    (
        r"\b(?:kira-kira|kira2|kurang lebih|perkiraan)\b{g}\b(?:kapan|berapa|berapa lama)\b|\bberapa\s+(?:biaya|harga|ongkos)\w*\b|\bberapa\s+lama\b",
        0.45,
        "unrealistic_deadline price_pressure scope_creep",
    ),
    (
        r"\b(?:boleh|bisa|mohon)\s+(?:minta\s+)?(?:update|kabar|info|progres)\w*\b|\b(?:apakah|apa)\s+(?:memungkinkan|mungkin|bisa)\b",
        0.4,
        "unrealistic_deadline always_available scope_creep",
    ),
    (
        r"\b(?:tidak|nggak|ga|gak|gk)\s+(?:apa-apa|apa2|masalah|papa|buru-buru|buru2|usah buru)\b|\bsantai aja\b",
        0.5,
        "unrealistic_deadline always_available",
    ),
]


# --- Third pass (helper D3): what an ordinary Indonesian message says that looked like a type.
# "sekalian" and a time word are everyday words: the client doing something themselves
# ("sekalian saya lampirkan", "nanti malam saya cek"), a meeting at a time, a polite
# fallback ("kalau belum, besok juga gapapa") and a leaner package are not requests.
REASONABLE += [
    (
        r"\b(?:sekalian|nanti|ntar|besok|hari ini|malam ini|nanti malam|sore ini|siang ini)\s+(?:{i})\s+(?:akan\s+|mau\s+|coba\s+|juga\s+)?(?:lampir|kirim|info|kabar|tanya|konfirmasi|bayar|transfer|tf|share|sampai|cek|check|lihat|liat|review|periksa|baca|pelajari|diskusi|teruskan|forward|update|upload|email)\w*\b",
        0.6,
        "scope_creep unrealistic_deadline always_available",
    ),
    (
        r"\b(?:{i})\s+(?:akan\s+|mau\s+|coba\s+)?(?:cek|check|lihat|liat|review|periksa|baca|kabari|kabarin|pelajari|diskusikan|konfirmasi|teruskan|forward|tanyakan|lampirkan|proses)\w*\b",
        0.4,
        "unrealistic_deadline always_available scope_creep",
    ),
    (
        r"\b(?:meeting|meet|rapat|call|zoom|gmeet|ketemu|ketemuan|janjian|jadwal|telpon|telepon|diskusi)\w*\b{g}\b(?:besok|hari ini|nanti|jam|pukul|senin|selasa|rabu|kamis|jumat|sabtu|minggu)\b",
        0.8,
        "unrealistic_deadline",
    ),
    (
        r"\b(?:kalau|kalo|klo|jika)\s+(?:belum|blm|{neg}|{neg} bisa|tidak bisa|ga sempat|ga sempet)\b{gap}\b(?:gpp|gapapa|ga papa|tidak apa-apa|nggak apa-apa|ga apa2|ga masalah|tidak masalah|oke|ok|aman)\b|\b(?:besok|lusa|minggu depan|nanti)\s+(?:juga|aja|saja)\s+(?:gpp|gapapa|ga papa|tidak apa-apa|nggak apa-apa|boleh|oke|ok|ga masalah|tidak masalah)\b",
        1.5,
        "unrealistic_deadline always_available",
    ),
    (
        r"\b(?:ada|punya)\s+(?:paket|opsi|pilihan|versi)\s+(?:yang\s+|yg\s+)?(?:lebih\s+)?(?:simpel|simple|ringan|hemat|minimal|standar|standard|basic|ekonomis|terjangkau)\b",
        1.2,
        "price_pressure",
    ),
    (
        r"\b(?:berapa|brp|brapa)\s+(?:biaya|harga|ongkos|tarif|fee)\w*\b|\b(?:boleh|bisa)\s+minta\s+(?:price ?list|pricelist|daftar harga|penawaran|quotation|estimasi)\b",
        0.6,
        "price_pressure scope_creep unrealistic_deadline",
    ),
    (
        r"\b(?:error|eror|rusak|down|bug|gak bisa dibuka|ga bisa dibuka|tidak bisa dibuka|mati|bermasalah)\b",
        1.0,
        "unrealistic_deadline",
    ),
    (
        r"\b{neg}\s+usah\s+(?:dibales|dibalas|balas|bales|buru-buru|buru2|repot|repot-repot|sungkan|khawatir)\b",
        1.0,
        "ignores_advice",
    ),
]

# --- Fourth pass (cold set D5, 2026-11-23): general families missed on fresh messages.
SIGNALS["late_payment"] += [
    (
        r"\b(?:bayar\w*|pembayaran|pelunasan|dilunasi|transfer|termin)\b[^\n]{0,80}?\b(?:setelah|sesudah|nunggu|menunggu|kalau|kalo)\s+(?:klien|client|customer|pelanggan|owner|pihak)\s+(?:kami|kita|kita|nya)?\s*(?:melunasi|lunas|bayar|membayar|transfer|cair)\b",
        0.8,
    ),
]

# --- Fifth pass (cold set D6, 2026-11-23): general families missed on fresh messages.
SIGNALS["late_payment"] += [
    (
        r"\b(?:pembayaran|pelunasan|termin|dp|invoice|tagihan|transfer)\b[^.?!\n]{0,40}?\bbelum\s+(?:bisa|dapat|sempat)\s+(?:kami\s+)?(?:cairkan|dicairkan|bayar|dibayar|transfer|ditransfer|proses|diproses|lunasi|dilunasi)\b",
        0.8,
    ),
]
SIGNALS["free_work"] += [
    (
        r"\b(?:tes|test|uji coba|trial|sample|contoh)\b[^.?!\n]{0,60}?\b(?:tidak berbayar|tanpa bayaran|tidak dibayar|gratis|free|unpaid)\b|\b(?:tidak berbayar|tanpa bayaran|unpaid)\b[^.?!\n]{0,30}?\b(?:tes|test|trial)\b",
        0.9,
    ),
]
SIGNALS["price_pressure"] += [
    (
        r"\b(?:anggaran|budget|bujet|dana)\b[^.?!\n]{0,50}?\bhanya\s+(?:rp\.?\s?\d|\d|sekitar|sebesar|setengah|separuh)",
        0.8,
    ),
    (
        r"\b(?:menyesuaikan|sesuaikan|turunkan|menurunkan|revisi)\s+(?:harga|penawaran|biaya|tarif|quotation)\b",
        0.6,
    ),
]
REASONABLE += [
    (
        r"\bsesuai\s+(?:kesepakatan|kontrak|perjanjian|yang disepakati)\b|\brevisi\s+ke-?\s?\d\s+dari\s+\d\b",
        0.8,
        "endless_revisions price_pressure scope_creep late_payment",
    ),
]

# --- Hard reasonable messages (batch D7, 2026-11-23): admin, routine and rescheduling.
REASONABLE += [
    (
        r"\b(?:kayak|seperti|sesuai|kaya)\s+(?:biasa|biasanya|jadwal)\b",
        0.8,
        "unrealistic_deadline always_available",
    ),
    (
        r"\bpembayaran\w*\s+(?:tetap|sesuai|tetep)\b|\b(?:npwp|faktur pajak)\b",
        1.0,
        "late_payment outside_expertise",
    ),
]
