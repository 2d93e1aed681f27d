/**
 */
package org.sameboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Turn</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Turn#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.sameboat.model.Turn#getStart <em>Start</em>}</li>
 *   <li>{@link org.sameboat.model.Turn#getEnd <em>End</em>}</li>
 *   <li>{@link org.sameboat.model.Turn#getTime <em>Time</em>}</li>
 *   <li>{@link org.sameboat.model.Turn#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.sameboat.model.Turn#isAddressedToGroup <em>Addressed To Group</em>}</li>
 *   <li>{@link org.sameboat.model.Turn#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getTurn()
 * @model
 * @generated
 */
public interface Turn extends Identified {
	/**
	 * Returns the value of the '<em><b>Speaker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speaker</em>' reference.
	 * @see #setSpeaker(Participant)
	 * @see org.sameboat.model.SameboatPackage#getTurn_Speaker()
	 * @model
	 * @generated
	 */
	Participant getSpeaker();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#getSpeaker <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speaker</em>' reference.
	 * @see #getSpeaker()
	 * @generated
	 */
	void setSpeaker(Participant value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.sameboat.model.SameboatPackage#getTurn_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.sameboat.model.SameboatPackage#getTurn_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the turn in milliseconds from the start of the recording, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Long)
	 * @see org.sameboat.model.SameboatPackage#getTurn_Time()
	 * @model
	 * @generated
	 */
	Long getTime();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Long value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coder's word on whom this turn is addressed to, when it is one participant; absent, the addressee is inferred (see Addressees) or given by addressedToGroup. Format 3 and later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressee</em>' reference.
	 * @see #setAddressee(Participant)
	 * @see org.sameboat.model.SameboatPackage#getTurn_Addressee()
	 * @model
	 * @generated
	 */
	Participant getAddressee();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#getAddressee <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' reference.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(Participant value);

	/**
	 * Returns the value of the '<em><b>Addressed To Group</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coder's word that this turn is addressed to the whole group; ignored when addressee is set. Format 3 and later.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addressed To Group</em>' attribute.
	 * @see #setAddressedToGroup(boolean)
	 * @see org.sameboat.model.SameboatPackage#getTurn_AddressedToGroup()
	 * @model default="false"
	 * @generated
	 */
	boolean isAddressedToGroup();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#isAddressedToGroup <em>Addressed To Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressed To Group</em>' attribute.
	 * @see #isAddressedToGroup()
	 * @generated
	 */
	void setAddressedToGroup(boolean value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.sameboat.model.Document#getTurns <em>Turns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' container reference.
	 * @see #setDocument(Document)
	 * @see org.sameboat.model.SameboatPackage#getTurn_Document()
	 * @see org.sameboat.model.Document#getTurns
	 * @model opposite="turns"
	 * @generated
	 */
	Document getDocument();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Turn#getDocument <em>Document</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' container reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(Document value);

} // Turn
