# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austrija
country-be = Belgija
country-bg = Bulgarija
country-cy = Kipras
country-cz = Čekija
country-de = Vokietija
country-dk = Danija
country-ee = Estija
country-es = Ispanija
country-fi = Suomija
country-fr = Prancūzija
country-gr = Graikija
country-hr = Kroatija
country-hu = Vengrija
country-ie = Airija
country-is = Islandija
country-it = Italija
country-li = Lichtenšteinas
country-lt = Lietuva
country-lu = Liuksemburgas
country-lv = Latvija
country-mt = Malta
country-nl = Nyderlandai
country-no = Norvegija
country-pl = Lenkija
country-pt = Portugalija
country-ro = Rumunija
country-se = Švedija
country-si = Slovėnija
country-sk = Slovakija
