# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Áustria
country-be = Bélgica
country-bg = Bulgária
country-cy = Chipre
country-cz = Chéquia
country-de = Alemanha
country-dk = Dinamarca
country-ee = Estónia
country-es = Espanha
country-fi = Finlândia
country-fr = França
country-gr = Grécia
country-hr = Croácia
country-hu = Hungria
country-ie = Irlanda
country-is = Islândia
country-it = Itália
country-li = Liechtenstein
country-lt = Lituânia
country-lu = Luxemburgo
country-lv = Letónia
country-mt = Malta
country-nl = Países Baixos
country-no = Noruega
country-pl = Polónia
country-pt = Portugal
country-ro = Roménia
country-se = Suécia
country-si = Eslovénia
country-sk = Eslováquia
