# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Oostenrijk
country-be = België
country-bg = Bulgarije
country-cy = Cyprus
country-cz = Tsjechië
country-de = Duitsland
country-dk = Denemarken
country-ee = Estland
country-es = Spanje
country-fi = Finland
country-fr = Frankrijk
country-gr = Griekenland
country-hr = Kroatië
country-hu = Hongarije
country-ie = Ierland
country-is = IJsland
country-it = Italië
country-li = Liechtenstein
country-lt = Litouwen
country-lu = Luxemburg
country-lv = Letland
country-mt = Malta
country-nl = Nederland
country-no = Noorwegen
country-pl = Polen
country-pt = Portugal
country-ro = Roemenië
country-se = Zweden
country-si = Slovenië
country-sk = Slowakije
