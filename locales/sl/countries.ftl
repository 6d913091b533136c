# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Avstrija
country-be = Belgija
country-bg = Bolgarija
country-cy = Ciper
country-cz = Češka
country-de = Nemčija
country-dk = Danska
country-ee = Estonija
country-es = Španija
country-fi = Finska
country-fr = Francija
country-gr = Grčija
country-hr = Hrvaška
country-hu = Madžarska
country-ie = Irska
country-is = Islandija
country-it = Italija
country-li = Lihtenštajn
country-lt = Litva
country-lu = Luksemburg
country-lv = Latvija
country-mt = Malta
country-nl = Nizozemska
country-no = Norveška
country-pl = Poljska
country-pt = Portugalska
country-ro = Romunija
country-se = Švedska
country-si = Slovenija
country-sk = Slovaška
