# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austria
country-be = Belgia
country-bg = Bulgaria
country-cy = Cipru
country-cz = Cehia
country-de = Germania
country-dk = Danemarca
country-ee = Estonia
country-es = Spania
country-fi = Finlanda
country-fr = Franța
country-gr = Grecia
country-hr = Croația
country-hu = Ungaria
country-ie = Irlanda
country-is = Islanda
country-it = Italia
country-li = Liechtenstein
country-lt = Lituania
country-lu = Luxemburg
country-lv = Letonia
country-mt = Malta
country-nl = Țările de Jos
country-no = Norvegia
country-pl = Polonia
country-pt = Portugalia
country-ro = România
country-se = Suedia
country-si = Slovenia
country-sk = Slovacia
