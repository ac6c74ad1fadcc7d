/** What every mail to a signer about their signature carries: where it goes, what it is about, and the way out. */
export type SignerMailProps = {
  to: string;
  orgName: string;
  letterTitle: string;
  withdrawUrl: string;
};
