# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Rakousko
country-be = Belgie
country-bg = Bulharsko
country-cy = Kypr
country-cz = Česko
country-de = Německo
country-dk = Dánsko
country-ee = Estonsko
country-es = Španělsko
country-fi = Finsko
country-fr = Francie
country-gr = Řecko
country-hr = Chorvatsko
country-hu = Maďarsko
country-ie = Irsko
country-is = Island
country-it = Itálie
country-li = Lichtenštejnsko
country-lt = Litva
country-lu = Lucembursko
country-lv = Lotyšsko
country-mt = Malta
country-nl = Nizozemsko
country-no = Norsko
country-pl = Polsko
country-pt = Portugalsko
country-ro = Rumunsko
country-se = Švédsko
country-si = Slovinsko
country-sk = Slovensko
