# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austria
country-be = Belgio
country-bg = Bulgaria
country-cy = Cipro
country-cz = Cechia
country-de = Germania
country-dk = Danimarca
country-ee = Estonia
country-es = Spagna
country-fi = Finlandia
country-fr = Francia
country-gr = Grecia
country-hr = Croazia
country-hu = Ungheria
country-ie = Irlanda
country-is = Islanda
country-it = Italia
country-li = Liechtenstein
country-lt = Lituania
country-lu = Lussemburgo
country-lv = Lettonia
country-mt = Malta
country-nl = Paesi Bassi
country-no = Norvegia
country-pl = Polonia
country-pt = Portogallo
country-ro = Romania
country-se = Svezia
country-si = Slovenia
country-sk = Slovacchia
