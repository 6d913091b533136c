# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Rakúsko
country-be = Belgicko
country-bg = Bulharsko
country-cy = Cyprus
country-cz = Česko
country-de = Nemecko
country-dk = Dánsko
country-ee = Estónsko
country-es = Španielsko
country-fi = Fínsko
country-fr = Francúzsko
country-gr = Grécko
country-hr = Chorvátsko
country-hu = Maďarsko
country-ie = Írsko
country-is = Island
country-it = Taliansko
country-li = Lichtenštajnsko
country-lt = Litva
country-lu = Luxembursko
country-lv = Lotyšsko
country-mt = Malta
country-nl = Holandsko
country-no = Nórsko
country-pl = Poľsko
country-pt = Portugalsko
country-ro = Rumunsko
country-se = Švédsko
country-si = Slovinsko
country-sk = Slovensko
