/** The site's name: in every page title and header, the home page's heading, and the feeds' titles. */
export const SITE_NAME = "광주시장 언론 발언 아카이브";
