# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austrija
country-be = Belgija
country-bg = Bugarska
country-cy = Cipar
country-cz = Češka
country-de = Njemačka
country-dk = Danska
country-ee = Estonija
country-es = Španjolska
country-fi = Finska
country-fr = Francuska
country-gr = Grčka
country-hr = Hrvatska
country-hu = Mađarska
country-ie = Irska
country-is = Island
country-it = Italija
country-li = Lihtenštajn
country-lt = Litva
country-lu = Luksemburg
country-lv = Latvija
country-mt = Malta
country-nl = Nizozemska
country-no = Norveška
country-pl = Poljska
country-pt = Portugal
country-ro = Rumunjska
country-se = Švedska
country-si = Slovenija
country-sk = Slovačka
