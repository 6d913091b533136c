# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austria
country-be = Belgium
country-bg = Bulgaria
country-cy = Cyprus
country-cz = Czechia
country-de = Germany
country-dk = Denmark
country-ee = Estonia
country-es = Spain
country-fi = Finland
country-fr = France
country-gr = Greece
country-hr = Croatia
country-hu = Hungary
country-ie = Ireland
country-is = Iceland
country-it = Italy
country-li = Liechtenstein
country-lt = Lithuania
country-lu = Luxembourg
country-lv = Latvia
country-mt = Malta
country-nl = Netherlands
country-no = Norway
country-pl = Poland
country-pt = Portugal
country-ro = Romania
country-se = Sweden
country-si = Slovenia
country-sk = Slovakia
