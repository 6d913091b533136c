# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austria
country-be = Belgia
country-bg = Bułgaria
country-cy = Cypr
country-cz = Czechy
country-de = Niemcy
country-dk = Dania
country-ee = Estonia
country-es = Hiszpania
country-fi = Finlandia
country-fr = Francja
country-gr = Grecja
country-hr = Chorwacja
country-hu = Węgry
country-ie = Irlandia
country-is = Islandia
country-it = Włochy
country-li = Liechtenstein
country-lt = Litwa
country-lu = Luksemburg
country-lv = Łotwa
country-mt = Malta
country-nl = Niderlandy
country-no = Norwegia
country-pl = Polska
country-pt = Portugalia
country-ro = Rumunia
country-se = Szwecja
country-si = Słowenia
country-sk = Słowacja
