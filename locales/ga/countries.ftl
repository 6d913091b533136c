# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = An Ostair
country-be = An Bheilg
country-bg = An Bhulgáir
country-cy = An Chipir
country-cz = An tSeicia
country-de = An Ghearmáin
country-dk = An Danmhairg
country-ee = An Eastóin
country-es = An Spáinn
country-fi = An Fhionlainn
country-fr = An Fhrainc
country-gr = An Ghréig
country-hr = An Chróit
country-hu = An Ungáir
country-ie = Éire
country-is = An Íoslainn
country-it = An Iodáil
country-li = Lichtinstéin
country-lt = An Liotuáin
country-lu = Lucsamburg
country-lv = An Laitvia
country-mt = Málta
country-nl = An Ísiltír
country-no = An Iorua
country-pl = An Pholainn
country-pt = An Phortaingéil
country-ro = An Rómáin
country-se = An tSualainn
country-si = An tSlóivéin
country-sk = An tSlóvaic
