# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austria
country-be = Bélgica
country-bg = Bulgaria
country-cy = Chipre
country-cz = Chequia
country-de = Alemania
country-dk = Dinamarca
country-ee = Estonia
country-es = España
country-fi = Finlandia
country-fr = Francia
country-gr = Grecia
country-hr = Croacia
country-hu = Hungría
country-ie = Irlanda
country-is = Islandia
country-it = Italia
country-li = Liechtenstein
country-lt = Lituania
country-lu = Luxemburgo
country-lv = Letonia
country-mt = Malta
country-nl = Países Bajos
country-no = Noruega
country-pl = Polonia
country-pt = Portugal
country-ro = Rumanía
country-se = Suecia
country-si = Eslovenia
country-sk = Eslovaquia
